package fr.cpts.registry.territory;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** PUT and DELETE /v1/cpts/{id}/territory: a commune list checked against the reference communes, figures computed. */
@QuarkusTest
class TerritoryWriteTest extends CreatesCpts {

    /** The CC du Pays d'Héricourt: 23 communes. */
    private static final String EPCI_HERICOURT = "247000722";

    private static ValidatableResponse setTerritory(String id, String body) {
        return editor(etag(id)).body(body).put("/v1/cpts/" + id + "/territory").then();
    }

    @Test
    void theCommunesOfAnEpciAndTheirPopulation() {
        String id = newCpts();
        JsonPath territory = editor("\"v0\"").body(territoryOfEpci(EPCI_HERICOURT)).put("/v1/cpts/" + id + "/territory")
                .then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("cptsId", equalTo(id))
                .body("communeListKnown", equalTo(true))
                .body("basis.epci.code", equalTo(EPCI_HERICOURT))
                .body("basis.source.id", equalTo(SOURCE))
                .body("vintage", equalTo(2026))
                .body("computed.communeCount", equalTo(23))
                .body("communes", hasSize(23))
                .body("communes.code", hasItem("70285"))
                .extract().jsonPath();

        int sum = 0;
        for (String code : territory.getList("communes.code", String.class)) {
            sum += given().get("/v1/communes/" + code).then().statusCode(200)
                    .body("epci.code", equalTo(EPCI_HERICOURT)).extract().<Integer>path("population");
        }
        assertEquals(sum, territory.getInt("computed.population"), "the population of the 23 communes");

        given().get("/v1/cpts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("territory.communeListKnown", equalTo(true))
                .body("territory.computedPopulation", equalTo(sum))
                .body("territory.computedCommuneCount", equalTo(23))
                .body("sizeCategoryBasis", equalTo("COMPUTED_POPULATION"));
        given().get("/v1/cpts/" + id + "/territory").then().statusCode(200)
                .body("computed.population", equalTo(sum))
                .body("departments.code", contains("25", "70"));
    }

    @Test
    void unknownCommunesAndDistrictsOfAListedCommuneAre422() {
        String id = newCpts();
        invalid(setTerritory(id, territoryOfCommunes("25056", "99999", "75056", "75113")), "/communes/1", "/communes/3");
        invalid(setTerritory(id, territoryOfCommunes("25056", "25056", "ab123")), "/communes/1", "/communes/2");
        invalid(setTerritory(id, """
                {"basis": "", "epci": "999999999", "sourceId": "src_nope00000000"}"""), "/basis", "/epci", "/sourceId");
        invalid(setTerritory(id, """
                {"basis": "Rien.", "sourceId": "%s"}""".formatted(SOURCE)), "/communes");
        given().get("/v1/cpts/" + id + "/territory").then().body("communeListKnown", equalTo(false));
        assertEquals("\"v0\"", etag(id));
    }

    @Test
    void aListOfCommunesAndDistricts() {
        String id = newCpts();
        setTerritory(id, territoryOfCommunes("70285", "75113", "75114")).statusCode(200)
                .body("communes.code", containsInAnyOrder("70285", "75113", "75114"))
                .body("computed.communeCount", equalTo(3))
                .body("basis.epci", nullValue());
        given().queryParam("commune", "75113").get("/v1/cpts").then().body("items.id", contains(id));
    }

    @Test
    void deleteForgetsTheCommuneList() {
        String id = newCpts();
        setTerritory(id, territoryOfEpci(EPCI_HERICOURT)).statusCode(200);
        Map<String, Object> withList = detail(id);

        as(editorToken()).header("If-Match", "\"v1\"").delete("/v1/cpts/" + id + "/territory").then().statusCode(204)
                .header("ETag", equalTo("\"v2\""));
        given().get("/v1/cpts/" + id + "/territory").then().statusCode(200)
                .body("communeListKnown", equalTo(false))
                .body("basis", nullValue())
                .body("computed", nullValue())
                .body("communes", empty())
                .body("declaredPopulation.value", equalTo(35000));
        given().get("/v1/cpts/" + id).then()
                .header("ETag", equalTo("\"v2\""))
                .body("territory.communeListKnown", equalTo(false))
                .body("sizeCategoryBasis", equalTo("DECLARED_POPULATION"));
        given().queryParam("commune", "70285").get("/v1/cpts").then().body("items.id", not(hasItem(id)));
        given().get("/v1/cpts/" + id + "/history").then()
                .body("items.operation", contains("TERRITORY_CLEARED", "TERRITORY_SET", "CREATED"));
        assertEquals(true, ((Map<?, ?>) withList.get("territory")).get("communeListKnown"));
    }
}
