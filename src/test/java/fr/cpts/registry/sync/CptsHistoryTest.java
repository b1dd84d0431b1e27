package fr.cpts.registry.sync;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import fr.cpts.registry.Seeds;
import fr.cpts.registry.WriteFixtures;
import io.quarkus.test.junit.QuarkusTest;

/** GET /v1/cpts/{id}/history: every write, newest first, with its version, actor and the fields it changed. */
@QuarkusTest
class CptsHistoryTest extends CreatesCpts {

    @Test
    void everyWriteIsRecordedNewestFirstWithWhoAndWhatChanged() {
        String id = newCpts();
        patch(id, "\"v0\"", "{\"declaredPopulation\": {\"value\": 36000}}").then().statusCode(200);
        editor("\"v1\"").body(contract("2024-06", "MONTH")).put("/v1/cpts/" + id + "/contract").then().statusCode(200);
        editor("\"v2\"").body(membership("2025-01-15", 64, "EXACT")).post("/v1/cpts/" + id + "/membership").then()
                .statusCode(201);

        given().get("/v1/cpts/" + id + "/history").then().statusCode(200)
                .body("items.operation", contains("MEMBERSHIP_RECORDED", "CONTRACT_SET", "UPDATED", "CREATED"))
                .body("items.version", contains(3, 2, 1, 0))
                .body("items.actor", everyItem(equalTo("editor-alice")))
                .body("items.occurredAt", everyItem(notNullValue()))
                .body("next", nullValue())
                // The PATCH changed the declared population, and nothing else of the representation.
                .body("items[2].changes.field", contains("declaredPopulation"))
                .body("items[2].changes[0].before.value", equalTo(35000))
                .body("items[2].changes[0].after.value", equalTo(36000))
                .body("items[2].changes[0].after.precision", equalTo("ABOUT"))
                // The contract brought its lifecycle stage and status along.
                .body("items[1].changes.field", hasItems("contract", "lifecycle", "status"))
                .body("items[1].changes.find { it.field == 'status' }.before", nullValue())
                .body("items[1].changes.find { it.field == 'status' }.after", equalTo("ACI_SIGNED"))
                .body("items[1].changes.find { it.field == 'contract' }.after.endsOn", equalTo("2029-06"))
                .body("items[0].changes.field", contains("currentMembership"))
                .body("items[0].changes[0].after.members.value", equalTo(64))
                // A creation has no before; bookkeeping timestamps are never listed.
                .body("items[3].changes.field", hasItems("name", "mentions", "declaredPopulation"))
                .body("items[3].changes.field", not(hasItem("updatedAt")))
                .body("items[3].changes.find { it.field == 'name' }.before", nullValue());

        WriteFixtures.delete(id);
        given().get("/v1/cpts/" + id + "/history").then().statusCode(200)
                .body("items.operation", contains("DELETED", "MEMBERSHIP_RECORDED", "CONTRACT_SET", "UPDATED", "CREATED"))
                .body("items[0].actor", equalTo("admin-bob"))
                .body("items[0].version", equalTo(4));
    }

    @Test
    void theHistoryIsPaginated() {
        String id = newCpts();
        patch(id, "\"v0\"", "{\"finess\": \"700012345\"}").then().statusCode(200);
        patch(id, "\"v1\"", "{\"siret\": \"12345678900012\"}").then().statusCode(200);
        editor("\"v2\"").body(missions("PREVENTION")).put("/v1/cpts/" + id + "/missions").then().statusCode(200);

        String next = given().queryParam("limit", 2).get("/v1/cpts/" + id + "/history").then().statusCode(200)
                .body("items.version", contains(3, 2))
                .body("items.operation", contains("MISSIONS_SET", "UPDATED"))
                .body("items[1].changes.field", contains("identifiers"))
                .body("next", notNullValue())
                .extract().path("next");
        given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("items.version", contains(1, 0))
                .body("items.operation", contains("UPDATED", "CREATED"))
                .body("next", nullValue());
    }

    @Test
    void theHistoryOfAnUnknownCptsIs404AndSeedsStartWithTheMigration() {
        problem(given().get("/v1/cpts/cpts_000000000000/history").then(), 404, "not-found");
        given().get("/v1/cpts/" + Seeds.LUXEUIL + "/history").then().statusCode(200)
                .body("items.operation", hasItem("CREATED"))
                .body("items[-1].actor", equalTo("migration"));
    }
}
