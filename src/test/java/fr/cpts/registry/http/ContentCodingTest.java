package fr.cpts.registry.http;

import static fr.cpts.registry.WriteFixtures.patch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import fr.cpts.registry.Seeds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A strong ETag names one representation, content coding included (RFC 9110 §8.8.3): the gzip-encoded bytes are
 * tagged apart from the identity ones, a conditional request works with either tag, and HEAD says what a GET sends.
 */
@QuarkusTest
class ContentCodingTest extends CreatesCpts {

    private static final List<String> PATHS = List.of("/v1/cpts/" + Seeds.HERICOURT, "/v1/cpts?limit=3", "/v1/missions",
            "/v1/exports/cpts.csv");

    @Test
    void eachCodingHasItsOwnTagAndEitherRevalidates() {
        for (String path : PATHS) {
            Response identity = given().get(path);
            Response gzip = given().header("Accept-Encoding", "gzip").get(path);
            identity.then().statusCode(200).header("Content-Encoding", nullValue());
            gzip.then().statusCode(200).header("Content-Encoding", "gzip");
            String tag = identity.header("ETag");
            assertEquals(tag.substring(0, tag.length() - 1) + ".gzip\"", gzip.header("ETag"), path);
            for (String held : List.of(tag, gzip.header("ETag"))) {
                given().header("If-None-Match", held).get(path).then().statusCode(304).header("ETag", tag);
                given().header("Accept-Encoding", "gzip").header("If-None-Match", held).get(path).then().statusCode(304)
                        .header("ETag", gzip.header("ETag"));
            }
        }
    }

    @Test
    void theTagFollowsTheCodingTheServerChooses() {
        for (String accepted : List.of("gzip", "deflate", "deflate;q=1, gzip;q=0.5", "gzip;q=0.2, deflate;q=0.9", "*",
                "identity", "br", "gzip;q=0", "x-gzip")) {
            Response response = given().header("Accept-Encoding", accepted).get("/v1/missions");
            String coding = response.header("Content-Encoding");
            String tag = response.header("ETag");
            assertEquals(coding == null ? "" : "." + coding, tag.contains(".") ? tag.substring(tag.indexOf('.'),
                    tag.length() - 1) : "", "Accept-Encoding: " + accepted + " gave " + coding + " and " + tag);
        }
    }

    @Test
    void headAnswersTheHeadersOfTheGet() {
        for (String path : PATHS.subList(0, 3)) {
            Response get = given().get(path);
            given().head(path).then().statusCode(200).body(emptyString())
                    .header("Content-Length", String.valueOf(get.asByteArray().length))
                    .header("Content-Type", get.contentType())
                    .header("ETag", get.header("ETag"));
        }
    }

    @Test
    void aWriteTakesTheTagOfEitherCoding() {
        String id = newCpts();
        String gzipTag = given().header("Accept-Encoding", "gzip").get("/v1/cpts/" + id).header("ETag");
        assertNotEquals(-1, gzipTag.indexOf(".gzip"));
        patch(id, gzipTag, "{\"legalForm\": \"ASSOCIATION\"}").then().statusCode(200).header("ETag", equalTo("\"v1\""));
    }
}
