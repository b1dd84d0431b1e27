package fr.cpts.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.cpts.registry.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Request targets as clients really send them (raw, over a socket): raw UTF-8 is read as UTF-8, and every target the
 * API cannot read gets a 400 problem+json naming the parameter, never an empty answer.
 */
@QuarkusTest
class RequestTargetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** quarkus.http.limits.max-initial-line-length. */
    private static final int LINE_LIMIT = 32768;

    @Test
    void rawUtf8IsReadAsUtf8() throws Exception {
        JsonNode page = json(200, get(raw("/v1/cpts?q=Héricourt")));
        assertEquals(List.of(Seeds.HERICOURT), ids(page));
        // The same search percent-encoded, and raw in a commune search.
        assertEquals(List.of(Seeds.HERICOURT), ids(json(200, get(raw("/v1/cpts?q=H%C3%A9ricourt")))));
        assertEquals("70285", json(200, get(raw("/v1/communes?q=Héricourt&department=70"))).at("/items/0/code").asText());
    }

    @Test
    void unreadableParametersAreNamed() throws Exception {
        // What curl sends for a typed "É": read as UTF-8, then refused as no status.
        assertNamed(get(raw("/v1/cpts?status=É")), "query", "status");
        assertNamed(get(raw("/v1/cpts?cursor=%%%garbage")), "query", "cursor");
        assertNamed(get(raw("/v1/cpts?q=%C3%28")), "query", "q");
        assertNamed(get(bytes("/v1/cpts?limit=5&q=", new byte[] { (byte) 0xFF, 'x' })), "query", "q");
        assertNamed(get(raw("/v1/cpts?q=%")), "query", "q");
        assertNamed(get(raw("/v1/cpts?q=a%0")), "query", "q");
        assertNamed(get(raw("/v1/cpts?%ZZ=1")), "query", "%ZZ");
        assertNamed(get(raw("/v1/cpts/%ZZ")), "path", "/v1/cpts/%ZZ");
        assertNamed(get(bytes("/v1/cpts?q=a", new byte[] { 0x7F })), "query", "q");
    }

    @Test
    void charactersAUriMayNotCarryAreEncodedNotRefused() throws Exception {
        json(200, get(raw("/v1/cpts?q=Pays|d\"Héricourt{x}")));
        json(200, get(raw("/v1/communes?q=Saint^Martin`[1]")));
    }

    @Test
    void longRequestLinesGetTheApplicationsAnswer() throws Exception {
        // 16 KiB and more reach the application: a parameter too long is named.
        String target = "/v1/cpts?q=" + "a".repeat(16 * 1024);
        assertNamed(get(raw(target)), "query", "q");
        assertNamed(get(raw("/v1/cpts?q=" + "a".repeat(10_000))), "query", "q");
        // Beyond the HTTP layer's limit (README "Limits"): 414, from the HTTP layer, without a body.
        RawHttp.Response over = get(raw("/v1/cpts?q=" + "a".repeat(LINE_LIMIT)));
        assertEquals(414, over.status());
    }

    private static RawHttp.Response get(byte[] target) {
        return RawHttp.send(RestAssured.port, "GET", target, Map.of(), null);
    }

    private static byte[] raw(String target) {
        return target.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String prefix, byte[] tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tail);
        return out.toByteArray();
    }

    private static void assertNamed(RawHttp.Response response, String in, String name) throws Exception {
        JsonNode problem = json(400, response);
        assertEquals("application/problem+json", response.header("content-type"));
        assertEquals("urn:cpts-registry:problem:invalid-parameter", problem.path("type").asText());
        assertTrue(problem.path("errors").findValuesAsText("name").contains(name),
                "no error names " + name + ": " + problem);
        assertEquals(in, problem.path("errors").get(0).path("in").asText());
        assertTrue(OpenApiConformance.deviations("GET", "/v1/cpts", 400, response.header("content-type"),
                response.body()).isEmpty(), "the problem deviates from the contract");
    }

    private static JsonNode json(int status, RawHttp.Response response) throws Exception {
        assertEquals(status, response.status(), new String(response.body(), StandardCharsets.UTF_8));
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").findValuesAsText("id");
    }
}
