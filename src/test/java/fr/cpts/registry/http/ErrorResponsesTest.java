package fr.cpts.registry.http;

import static fr.cpts.registry.WriteFixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every bad input gets a 4xx application/problem+json naming what is wrong, never a stack trace. */
@QuarkusTest
class ErrorResponsesTest {

    @ParameterizedTest(name = "{0} -> 400 on {1}")
    @CsvSource(delimiter = '|', value = {
            "/v1/cpts?limit=0|limit",
            "/v1/cpts?limit=201|limit",
            "/v1/cpts?limit=10000|limit",
            "/v1/cpts?limit=abc|limit",
            "/v1/cpts?limit=|limit",
            "/v1/cpts?cursor=not-a-cursor|cursor",
            "/v1/cpts?cursor=eyJ4Ijp7fX0|cursor",
            "/v1/cpts?status=OPERATING|status",
            "/v1/cpts?status=|status",
            "/v1/cpts?department=999|department",
            "/v1/cpts?department=99|department",
            "/v1/cpts?department=%27%20OR%201=1--|department",
            "/v1/cpts?region=271|region",
            "/v1/cpts?region=99|region",
            "/v1/cpts?mission=SOINS|mission",
            "/v1/cpts?sizeCategory=5|sizeCategory",
            "/v1/cpts?sizeCategory=one|sizeCategory",
            "/v1/cpts?signedFrom=2024-02-30|signedFrom",
            "/v1/cpts?signedTo=yesterday|signedTo",
            "/v1/cpts?signedFrom=2024-01-01&signedTo=2023-01-01|signedTo",
            "/v1/cpts?sort=population|sort",
            "/v1/cpts?q=|q",
            "/v1/cpts?statut=ACI_SIGNED|statut",
            "/v1/cpts?status=ACI_SIGNED&status=PRE_PROJECT|status",
            "/v1/cpts/cpts_fqgmb7d998ve?expand=all|expand",
            "/v1/missions?limit=10|limit",
            "/v1/sources?limit=-1|limit",
            "/v1/sources?cursor=eyJzb3J0IjoibmFtZSIsImtleSI6IngiLCJpZCI6InkifQ|cursor",
            "/v1/reported-figures?metric=CPTS|metric",
            "/v1/reported-figures?department=2C|department",
    })
    void badParameterIs400NamingIt(String url, String parameter) {
        problem(given().urlEncodingEnabled(false).get(url).then(), 400, "invalid-parameter")
                .body("errors.name", hasItem(parameter))
                .body("errors.in", hasItem("query"));
    }

    @Test
    void everyBadParameterIsNamedInOneResponse() {
        problem(given().urlEncodingEnabled(false)
                .get("/v1/cpts?limit=0&status=X&department=abc&signedFrom=nope&sort=x").then(), 400, "invalid-parameter")
                .body("errors", hasSize(5))
                .body("errors.name", containsInAnyOrder("limit", "status", "department", "signedFrom", "sort"))
                .body("detail", equalTo("5 query parameters are invalid."));
    }

    @Test
    void cursorIssuedForAnotherSortIsRejected() {
        String next = given().get("/v1/cpts?limit=2").then().extract().path("next");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
        problem(given().urlEncodingEnabled(false).get("/v1/cpts?sort=-aciSignedOn&cursor=" + cursor).then(), 400,
                "invalid-parameter")
                .body("errors[0].name", equalTo("cursor"))
                .body("errors[0].detail", containsString("sort"));
    }

    @ParameterizedTest(name = "{0} -> 404")
    @CsvSource({
            "/v1/cpts/cpts_000000000000",
            "/v1/cpts/123",
            "/v1/cpts/cpts_000000000000/contract",
            "/v1/cpts/cpts_4d41m2r98dbe/contract",
            "/v1/cpts/cpts_000000000000/missions",
            "/v1/cpts/cpts_000000000000/membership",
            "/v1/missions/SOINS",
            "/v1/sources/src_000000000000",
            "/v1/reported-figures/fig_000000000000",
            "/v1/unknown",
            "/v2/cpts",
            "/",
    })
    void unknownResourceIs404(String url) {
        problem(given().get(url).then(), 404, "not-found").body("instance", equalTo(url));
    }

    @Test
    void veryLongIdIs404() {
        problem(given().get("/v1/cpts/" + "x".repeat(2000)).then(), 404, "not-found")
                .body("detail", equalTo("No CPTS with this id."));
    }

    @Test
    void unsupportedMethodIs405() {
        problem(given().contentType("application/json").body("{}").post("/v1/missions").then(), 405, "method-not-allowed");
        problem(given().delete("/v1/reported-figures/fig_f4hsx3a0capx").then(), 405, "method-not-allowed");
    }

    @Test
    void unacceptableMediaTypeIs406() {
        problem(given().accept("text/html").get("/v1/missions").then(), 406, "not-acceptable");
    }
}
