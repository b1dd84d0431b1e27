package fr.cpts.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The conformance check itself can fail: it reports what a response does that the contract does not declare. */
class OpenApiConformanceTest {

    private static final String NOT_FOUND = """
            {"type":"urn:cpts-registry:problem:not-found","title":"Resource not found","status":404,
             "detail":"No CPTS with this id.","instance":"/v1/cpts/cpts_000000000000"}""";

    private static List<String> check(String method, String path, int status, String type, String body) {
        return OpenApiConformance.deviations(method, path, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDeclaredProblemConforms() {
        assertEquals(List.of(), check("GET", "/v1/cpts/cpts_000000000000", 404, "application/problem+json", NOT_FOUND));
    }

    @Test
    void aBodyThatBreaksItsSchemaIsReported() {
        List<String> deviations = check("GET", "/v1/cpts/cpts_000000000000", 404, "application/problem+json",
                NOT_FOUND.replace("\"status\":404", "\"status\":\"404\""));
        assertTrue(deviations.stream().anyMatch(d -> d.contains("$.status")), deviations.toString());
    }

    @Test
    void anUndeclaredStatusMediaTypeOrOperationIsReported() {
        assertTrue(check("GET", "/v1/missions", 418, "application/problem+json", NOT_FOUND).get(0)
                .contains("status 418 is not declared"));
        assertTrue(check("GET", "/v1/missions", 200, "text/html", "<html/>").get(0)
                .contains("media type 'text/html' is not declared"));
        assertTrue(check("PATCH", "/v1/missions", 200, "application/json", "{}").get(0)
                .contains("no operation PATCH /v1/missions"));
    }

    @Test
    void pathsOutsideTheApiAreNotItsConcern() {
        assertEquals(List.of(), check("GET", "/q/health/live", 200, "application/json", "{}"));
    }
}
