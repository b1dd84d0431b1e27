package fr.cpts.registry.fhir;

import static fr.cpts.registry.Seeds.HERICOURT;
import static fr.cpts.registry.fhir.FhirApiTest.BASE;
import static fr.cpts.registry.fhir.FhirApiTest.outcome;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.http.RawHttp;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every error under /fhir/r4 is an OperationOutcome, whichever layer refuses the request: the REST layer, the routes
 * before it (request targets, body size, unmatched paths); and no Bundle depends on the Host or X-Forwarded-* headers.
 */
@QuarkusTest
class FhirErrorsTest {

    @Test
    void refusalsBeforeTheRestLayerAreOperationOutcomes() {
        RawHttp.Response malformed = RawHttp.send(RestAssured.port, "GET", BASE + "Organization?name=%ZZ", Map.of(),
                null);
        assertEquals(400, malformed.status());
        assertTrue(malformed.header("Content-Type").startsWith(FhirApiTest.FHIR_JSON), malformed.header("Content-Type"));
        JsonPath body = new JsonPath(new String(malformed.body(), StandardCharsets.UTF_8));
        assertEquals("OperationOutcome", body.getString("resourceType"));
        assertEquals("name", body.getString("issue[1].expression[0]"));
        outcome(given().contentType(FhirApiTest.FHIR_JSON).body("{\"x\": \"" + "a".repeat(300 * 1024) + "\"}")
                .post(BASE + "Organization").then(), 413, "too-costly");
        outcome(given().get("/fhir/r5/metadata").then(), 404, "not-found");
        // The JSON API keeps problem+json.
        assertEquals("application/problem+json", RawHttp.send(RestAssured.port, "GET", "/v1/cpts?q=%ZZ", Map.of(), null)
                .header("Content-Type"));
    }

    @Test
    void badValuesAreOperationOutcomesNamingEachParameter() {
        outcome(given().queryParam("_lastUpdated", "gx2020-01-01").queryParam("active", "yes")
                .queryParam("_sort", "city").queryParam("_cursor", "forged").get(BASE + "Organization").then(), 400,
                "invalid")
                .body("issue.expression.flatten()", org.hamcrest.Matchers.hasItems("_lastUpdated", "active", "_sort",
                        "_cursor"));
        outcome(given().queryParam("_since", "yesterday").get(BASE + "Organization/_history").then(), 400, "invalid");
        outcome(given().queryParam("name", "a").queryParam("name", "b").get(BASE + "Organization").then(), 400,
                "invalid");
        outcome(given().queryParam("_summary", "true").get(BASE + "Organization/" + HERICOURT.replace('_', '-'))
                .then(), 400, "invalid");
        outcome(given().get(BASE + "HealthcareService/" + HERICOURT.replace('_', '-') + ".no-such-mission").then(),
                404, "not-found");
        outcome(given().get(BASE + "StructureDefinition/nothing").then(), 404, "not-found");
    }

    @Test
    void bundlesDoNotDependOnHostHeaders() {
        String plain = given().queryParam("_count", 2).get(BASE + "Organization").then().statusCode(200).extract()
                .asString();
        given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http").queryParam("_count", 2).get(BASE + "Organization").then()
                .statusCode(200).body(equalTo(plain)).body(not(containsString("evil")));
        given().get(BASE + "Organization/" + HERICOURT.replace('_', '-')).then().statusCode(200)
                .contentType(startsWith(FhirApiTest.FHIR_JSON));
    }
}
