package fr.cpts.registry.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The contract's examples are what the API does: every example response whose summary names a request
 * ("GET /v1/...") is exactly the body the API answers to that request.
 */
@QuarkusTest
class ContractExamplesTest {

    private static final Pattern REQUEST = Pattern.compile("GET (/\\S+)");

    @Test
    void everyExampleNamingItsRequestIsTheAnswerToIt() throws IOException {
        JsonNode contract = new YAMLMapper().readTree(Files.readString(Path.of("openapi/openapi.yaml")));
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (JsonNode examples : contract.findValues("examples")) {
            examples.fields().forEachRemaining(example -> {
                Matcher request = REQUEST.matcher(example.getValue().path("summary").asText());
                if (!request.matches() || !example.getValue().has("value")) {
                    return;
                }
                String path = request.group(1);
                checked.add(path);
                JsonNode actual = json(given().urlEncodingEnabled(false).get(path).asString());
                if (!example.getValue().get("value").equals(actual)) {
                    wrong.add(example.getKey() + " (" + path + "): the API answers " + actual);
                }
            });
        }
        assertTrue(checked.size() >= 4, "examples checked: " + checked);
        assertEquals(List.of(), wrong);
    }

    private static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
