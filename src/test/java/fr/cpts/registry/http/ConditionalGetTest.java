package fr.cpts.registry.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConditionalGetTest {

    @ParameterizedTest
    @ValueSource(strings = { "/v1/cpts", "/v1/cpts?department=25", "/v1/cpts/cpts_fqgmb7d998ve",
            "/v1/cpts/cpts_fqgmb7d998ve/contract", "/v1/cpts/cpts_fqgmb7d998ve/missions",
            "/v1/cpts/cpts_fqgmb7d998ve/membership", "/v1/missions", "/v1/missions/PREVENTION", "/v1/sources",
            "/v1/sources/src_bbdndrjz3kfz", "/v1/reported-figures", "/v1/reported-figures/fig_f4hsx3a0capx" })
    void everyGetHasAStrongETagAnd304WhenItIsCurrent(String url) {
        String etag = given().get(url).then().statusCode(200)
                // A version for updatable resources, else a digest of the representation.
                .header("ETag", matchesPattern("^\"(v\\d+|[A-Za-z0-9_-]{27})\"$"))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .extract().header("ETag");
        assertEquals(etag, given().get(url).then().extract().header("ETag"), "same data, same tag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyString());
        given().header("If-None-Match", "\"other\", W/" + etag).get(url).then().statusCode(304);
        given().header("If-None-Match", "*").get(url).then().statusCode(304);
        given().header("If-None-Match", "\"stale\"").get(url).then().statusCode(200);
    }

    @Test
    void differentRepresentationsHaveDifferentTags() {
        String all = given().get("/v1/cpts").then().extract().header("ETag");
        String doubs = given().get("/v1/cpts?department=25").then().extract().header("ETag");
        String firstPage = given().get("/v1/cpts?limit=5").then().extract().header("ETag");
        assertNotEquals(all, doubs);
        assertNotEquals(all, firstPage);
    }

    @Test
    void errorsCarryNoETag() {
        given().get("/v1/cpts/cpts_000000000000").then().statusCode(404).header("ETag", (String) null);
    }
}
