package fr.cpts.registry.sync;

import static io.restassured.RestAssured.given;

import fr.cpts.registry.security.Tokens;

/** Writes for the sync tests: CPTS of their own, never the seed ones. */
final class Writes {

    private Writes() {
    }

    static String create(String name) {
        return given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("""
                        {"name": "%s", "region": "27", "departments": ["25"],
                         "mentions": [{"sourceId": "src_bbdndrjz3kfz", "quote": "%s"}]}""".formatted(name, name))
                .post("/v1/cpts").then().statusCode(201).extract().path("id");
    }

    static String etag(String id) {
        return given().get("/v1/cpts/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** A merge patch with the CPTS's current ETag; returns the status (200, or 412 when another writer won). */
    static int patch(String id, String ifMatch, String patch) {
        return given().header("Authorization", Tokens.editor()).header("If-Match", ifMatch)
                .contentType("application/merge-patch+json").body(patch)
                .patch("/v1/cpts/" + id).then().extract().statusCode();
    }

    static void delete(String id) {
        given().header("Authorization", Tokens.admin()).header("If-Match", etag(id))
                .delete("/v1/cpts/" + id).then().statusCode(204);
    }
}
