package fr.cpts.registry.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.Seeds;
import io.quarkus.test.junit.QuarkusTest;

/** Browsers may read the open data from any origin and see the headers partners rely on (contract: every response). */
@QuarkusTest
class CorsTest {

    private static final String ORIGIN = "https://observatoire.example.org";

    @Test
    void aCrossOriginReadIsAllowedAndSeesTheSyncHeaders() {
        given().header("Origin", ORIGIN).get("/v1/cpts/" + Seeds.HERICOURT).then().statusCode(200)
                .header("Access-Control-Allow-Origin", either(equalTo("*")).or(equalTo(ORIGIN)))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @Test
    void errorsCarryTheOriginTooSoThatBrowsersCanReadTheProblem() {
        given().header("Origin", ORIGIN).get("/v1/cpts/cpts_000000000000").then().statusCode(404)
                .header("Access-Control-Allow-Origin", either(equalTo("*")).or(equalTo(ORIGIN)));
    }

    @Test
    void aPreflightForAWriteWithABearerTokenIsAnswered() {
        given().header("Origin", ORIGIN).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/v1/cpts/" + Seeds.HERICOURT).then().statusCode(200)
                .header("Access-Control-Allow-Origin", either(equalTo("*")).or(equalTo(ORIGIN)))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("authorization"));
    }
}
