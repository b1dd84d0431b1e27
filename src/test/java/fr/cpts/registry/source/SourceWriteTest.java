package fr.cpts.registry.source;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Source writes (role cpts-admin). A corrected source changes every CPTS citing it; a cited source cannot be deleted.
 * Sources created here are published in 2025, after the seeds; the cited ones stay.
 */
@QuarkusTest
class SourceWriteTest extends CreatesCpts {

    @Test
    void theAdminRecordsASourceAnEditorCannot() {
        String title = "Communiqué " + token();
        String id = write(adminToken(), null).body(sourceBody(title, "2025-02-03")).post("/v1/sources").then()
                .statusCode(201)
                .header("ETag", equalTo("\"v0\""))
                .header("Location", matchesPattern(".*/v1/sources/src_[0-9a-z]{12}$"))
                .body("id", matchesPattern("^src_[0-9a-z]{12}$"))
                .body("kind", equalTo("PRESS_RELEASE"))
                .body("title", equalTo(title))
                .body("publisher", equalTo("ARS Bourgogne-Franche-Comté"))
                .body("publishedOn", equalTo("2025-02-03"))
                .body("language", equalTo("fr"))
                .extract().path("id");
        try {
            given().get("/v1/sources/" + id).then().statusCode(200).header("ETag", equalTo("\"v0\""))
                    .body("title", equalTo(title));
            problem(write(editorToken(), null).body(sourceBody("Communiqué " + token(), "2025-02-03"))
                    .post("/v1/sources").then(), 403, "forbidden");
            problem(write(editorToken(), "\"v0\"").body(sourceBody(title + " corrigé", "2025-02-03"))
                    .put("/v1/sources/" + id).then(), 403, "forbidden");
            given().get("/v1/sources/" + id).then().header("ETag", equalTo("\"v0\"")).body("title", equalTo(title));
        } finally {
            deleteSource(id);
        }
    }

    @Test
    void correctingASourceChangesEveryCptsCitingIt() {
        String source = createSource("Communiqué " + token());
        String citing = track(create(cptsBody(uniqueName(), source)));
        String notCiting = newCpts();
        String title = "Communiqué corrigé " + token();
        write(adminToken(), "\"v0\"").body(sourceBody(title, "2025-02-04")).put("/v1/sources/" + source).then()
                .statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("title", equalTo(title))
                .body("publishedOn", equalTo("2025-02-04"));

        given().get("/v1/cpts/" + citing).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("mentions[0].source.title", equalTo(title))
                .body("launch.source.publishedOn", equalTo("2025-02-04"));
        given().get("/v1/cpts/" + citing + "/history").then()
                .body("items.operation", contains("SOURCE_UPDATED", "CREATED"))
                .body("items[0].version", equalTo(1))
                .body("items[0].actor", equalTo("admin-bob"))
                .body("items[0].changes[0].before.title", not(equalTo(title)))
                .body("items[0].changes[0].after.title", equalTo(title));
        assertEquals("\"v0\"", etag(notCiting), "a CPTS not citing the source is untouched");
        assertEquals(1, history(notCiting).size());

        // The source's own preconditions.
        problem(write(adminToken(), null).body(sourceBody(title, "2025-02-04")).put("/v1/sources/" + source).then(),
                428, "precondition-required");
        problem(write(adminToken(), "\"v0\"").body(sourceBody(title, "2025-02-04")).put("/v1/sources/" + source)
                .then(), 412, "precondition-failed");
        assertEquals("\"v1\"", etag(citing));

        // Still cited: it cannot go.
        problem(as(adminToken()).header("If-Match", "\"v1\"").delete("/v1/sources/" + source).then(), 409,
                "conflict");
        given().get("/v1/sources/" + source).then().statusCode(200).header("ETag", equalTo("\"v1\""));
    }

    @Test
    void aSourceNoFactCitesCanBeDeleted() {
        String source = createSource("Communiqué " + token());
        problem(as(adminToken()).header("If-Match", "\"v9\"").delete("/v1/sources/" + source).then(), 412,
                "precondition-failed");
        as(adminToken()).header("If-Match", "\"v0\"").delete("/v1/sources/" + source).then().statusCode(204);
        problem(given().get("/v1/sources/" + source).then(), 404, "not-found");
        given().queryParam("limit", 200).get("/v1/sources").then().body("items.id", not(hasItem(source)));
        problem(as(adminToken()).header("If-Match", "*").delete("/v1/sources/" + source).then(), 404, "not-found");
    }

    @Test
    void invalidSourcesAre422() {
        invalid(write(adminToken(), null).body("""
                {"kind": "PRESS_RELEASE", "title": " ", "publisher": "", "publishedOn": "%s",
                 "url": "ftp://example.org/x", "language": "French"}""".formatted(LocalDate.now().plusDays(1)))
                .post("/v1/sources").then(), "/title", "/publisher", "/publishedOn", "/url", "/language");
        invalid(write(adminToken(), null).body(sourceBody("Communiqué " + token(), "2015-06-01")).post("/v1/sources")
                .then(), "/publishedOn");
        invalid(write(adminToken(), null).body("{}").post("/v1/sources").then(),
                "/kind", "/title", "/publisher", "/publishedOn");
        problem(write(adminToken(), null).body(sourceBody("x", "2025-01-01").replace("PRESS_RELEASE", "TWEET"))
                .post("/v1/sources").then(), 400, "malformed-request").body("errors[0].name", equalTo("/kind"));
        problem(write(adminToken(), "*").body(sourceBody("x", "2025-01-01")).put("/v1/sources/src_000000000000")
                .then(), 404, "not-found");
    }

    @Test
    void aCreatedSourceIsListedAfterTheSeeds() {
        String source = createSource("Communiqué " + token());
        try {
            List<String> ids = given().queryParam("limit", 200).get("/v1/sources").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            assertEquals(true, ids.indexOf(source) >= 5, "after the 5 seed sources: " + ids);
        } finally {
            deleteSource(source);
        }
    }
}
