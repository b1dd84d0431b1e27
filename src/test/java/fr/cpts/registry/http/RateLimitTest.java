package fr.cpts.registry.http;

import static fr.cpts.registry.WriteFixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cpts.rate-limit.reads-per-minute", "5", "cpts.rate-limit.writes-per-minute", "2");
        }
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfter() {
        for (int i = 4; i >= 0; i--) {
            given().get("/v1/missions").then().statusCode(200)
                    .header("RateLimit-Limit", "5")
                    .header("RateLimit-Remaining", String.valueOf(i))
                    .header("RateLimit-Reset", notNullValue())
                    .header("RateLimit-Policy", "5;w=60");
        }
        problem(given().get("/v1/missions").then(), 429, "too-many-requests")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0");
        // The FHIR view draws on the same bucket and refuses as FHIR does: an OperationOutcome.
        given().get("/fhir/r4/metadata").then().statusCode(429).contentType("application/fhir+json")
                .header("Retry-After", notNullValue())
                .body("resourceType", org.hamcrest.Matchers.equalTo("OperationOutcome"))
                .body("issue[0].code", org.hamcrest.Matchers.equalTo("throttled"));
        // Probes and the contract are never limited.
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void writesAndOtherClientsHaveTheirOwnBuckets() {
        // Writes count apart from reads: refused here for the token, not for the limit.
        given().contentType("application/json").body("{}").post("/v1/cpts").then().statusCode(401)
                .header("RateLimit-Limit", "2");
        given().header("Authorization", Tokens.withGroups("someone-else", "x")).contentType("application/json").body("{}")
                .post("/v1/cpts").then().statusCode(403).header("RateLimit-Limit", "2");
    }
}
