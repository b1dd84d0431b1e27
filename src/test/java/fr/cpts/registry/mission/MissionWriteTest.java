package fr.cpts.registry.mission;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** PUT /v1/cpts/{id}/missions replaces the missions a CPTS carries; each known mission at most once. */
@QuarkusTest
class MissionWriteTest extends CreatesCpts {

    private static ValidatableResponse setMissions(String id, String body) {
        return editor(etag(id)).body(body).put("/v1/cpts/" + id + "/missions").then();
    }

    @Test
    void putReplacesTheMissionsServedInCatalogOrder() {
        String id = newCpts();
        editor("\"v0\"").body("""
                {"items": [{"mission": "PREVENTION", "actions": [" Dépistage des cancers ", "Vaccination"],
                            "note": "Dès 2025.", "sourceId": "%1$s", "quote": "La prévention d'abord."},
                           {"mission": "ACCESS_TO_CARE", "actions": [], "sourceId": "%1$s"}]}""".formatted(SOURCE))
                .put("/v1/cpts/" + id + "/missions").then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("items.mission.code", contains("ACCESS_TO_CARE", "PREVENTION"))
                .body("items[1].actions", contains("Dépistage des cancers", "Vaccination"))
                .body("items[1].note", equalTo("Dès 2025."))
                .body("items[1].quote", equalTo("La prévention d'abord."))
                .body("items[1].source.id", equalTo(SOURCE))
                .body("items[0].actions", empty());
        given().get("/v1/cpts/" + id + "/missions").then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("items.mission.code", contains("ACCESS_TO_CARE", "PREVENTION"));

        setMissions(id, missions("CARE_PATHWAYS")).statusCode(200)
                .header("ETag", equalTo("\"v2\""))
                .body("items.mission.code", contains("CARE_PATHWAYS"))
                .body("items[0].actions", contains("Action CARE_PATHWAYS"));
        given().get("/v1/cpts/" + id).then().body("missions.mission.code", contains("CARE_PATHWAYS"));

        setMissions(id, "{\"items\": []}").statusCode(200).body("items", empty());
        given().get("/v1/cpts/" + id).then().header("ETag", equalTo("\"v3\"")).body("missions", empty());
        given().get("/v1/cpts/" + id + "/history").then()
                .body("items.operation", contains("MISSIONS_SET", "MISSIONS_SET", "MISSIONS_SET", "CREATED"));
    }

    @Test
    void unknownOrRepeatedMissionsAre422ByIndex() {
        String id = newCpts();
        setMissions(id, missions("PREVENTION")).statusCode(200);

        invalid(setMissions(id, missions("ACCESS_TO_CARE", "SOINS")), "/items/1/mission");
        invalid(setMissions(id, missions("PREVENTION", "ACCESS_TO_CARE", "PREVENTION")), "/items/2/mission");
        invalid(setMissions(id, """
                {"items": [{"mission": "SOINS", "actions": [""], "sourceId": "src_nope00000000"},
                           {"mission": "PREVENTION", "sourceId": "%s"}]}""".formatted(SOURCE)),
                "/items/0/mission", "/items/0/actions/0", "/items/0/sourceId", "/items/1/actions");
        invalid(setMissions(id, "{}"), "/items");
        invalid(setMissions(id, missions("ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION", "HEALTH_CRISIS_RESPONSE",
                "QUALITY_AND_RELEVANCE", "PROFESSIONAL_SUPPORT", "PREVENTION")), "/items", "/items/6/mission");

        given().get("/v1/cpts/" + id + "/missions").then().header("ETag", equalTo("\"v1\""))
                .body("items.mission.code", contains("PREVENTION"));
        assertEquals(2, history(id).size());
    }
}
