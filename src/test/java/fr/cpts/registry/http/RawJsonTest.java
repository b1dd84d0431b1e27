package fr.cpts.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Stored JSON written into a larger document as it is, through Jackson's byte and character generators alike. */
class RawJsonTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void writtenAsItIsInBytesAndInText() throws Exception {
        // Multi-byte characters, and enough items to cross the generator's buffer (8 KB) with a value.
        String stored = "{\"name\":\"CPTS du Val de Saône — Côte-d'Or\",\"note\":\"" + "é".repeat(3000) + "\"}";
        List<RawJson> items = List.of(new RawJson(stored.getBytes(StandardCharsets.UTF_8)),
                new RawJson(stored.getBytes(StandardCharsets.UTF_8)), new RawJson("[]".getBytes(StandardCharsets.UTF_8)));
        String expected = "{\"items\":[" + stored + "," + stored + ",[]],\"next\":\"/v1/cpts?cursor=x\"}";
        Page<RawJson> page = new Page<>(items, "/v1/cpts?cursor=x");

        assertEquals(expected, new String(mapper.writeValueAsBytes(page), StandardCharsets.UTF_8));
        assertEquals(expected, mapper.writeValueAsString(page));
    }
}
