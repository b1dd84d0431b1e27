package fr.cpts.registry.territory;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Facts of the reference geography (INSEE 2026, @etalab/decoupage-administratif 6.0.0). */
@QuarkusTest
class CommuneApiTest {

    @Test
    void besanconAndTheCptsCoveringIt() {
        given().get("/v1/communes/25056").then().statusCode(200)
                .body("name", equalTo("Besançon"))
                .body("kind", equalTo("COMMUNE"))
                .body("department.code", equalTo("25"))
                .body("department.name", equalTo("Doubs"))
                .body("region.code", equalTo("27"))
                .body("population", equalTo(118489))
                .body("postalCodes", contains("25000"))
                .body("epci.code", equalTo("242500361"))
                .body("epci.name", equalTo("CU Grand Besançon Métropole"))
                .body("cpts.id", contains(CAPACITES))
                .body("cpts[0].status", equalTo("ACI_SIGNED"))
                .body("cpts[0].coverage", equalTo("FULL"))
                .body("vintage", equalTo(2026));
    }

    @Test
    void hericourtOfHauteSaoneIsNotHericourtOfPasDeCalais() {
        given().get("/v1/communes/70285").then().statusCode(200)
                .body("name", equalTo("Héricourt"))
                .body("department.name", equalTo("Haute-Saône"))
                .body("population", equalTo(10621))
                .body("epci.code", equalTo("247000722"))
                .body("cpts.id", contains(HERICOURT));
        given().get("/v1/communes/62433").then().statusCode(200)
                .body("name", equalTo("Héricourt"))
                .body("department.code", equalTo("62"))
                .body("cpts", empty());
    }

    @Test
    void postalCodeResolvesToTheCommune() {
        given().queryParam("postalCode", "25000").get("/v1/communes").then().statusCode(200)
                .body("items.code", contains("25056"))
                .body("items[0].name", equalTo("Besançon"))
                .body("items[0].cpts.id", contains(CAPACITES));
        given().queryParam("postalCode", "75013").get("/v1/communes").then().statusCode(200)
                .body("items.code", contains("75056", "75113"));
    }

    @Test
    void nameSearchIgnoresAccentsAndCombinesWithDepartment() {
        given().queryParam("q", "HERICOURT").get("/v1/communes").then().statusCode(200)
                .body("items.code", hasItem("70285"))
                .body("items.code", hasItem("62433"));
        given().queryParam("q", "hericourt").queryParam("department", "70").get("/v1/communes").then()
                .body("items.code", contains("70285"));
        given().queryParam("q", "besancon").get("/v1/communes").then().body("items.code", contains("25056"));
    }

    @Test
    void communeListsArePaginatedByName() {
        String next = given().queryParam("department", "25").queryParam("limit", 200).get("/v1/communes").then()
                .statusCode(200).body("items", hasSize(200)).extract().path("next");
        given().urlEncodingEnabled(false).get(next).then().statusCode(200).body("items", hasSize(200));
    }

    @Test
    void parisHasItsDistrictsAndTheyTheirCommune() {
        given().get("/v1/communes/75056").then().statusCode(200)
                .body("population", equalTo(2103778))
                .body("districts", hasSize(20))
                .body("parent", nullValue());
        given().get("/v1/communes/75113").then().statusCode(200)
                .body("kind", equalTo("MUNICIPAL_DISTRICT"))
                .body("parent.code", equalTo("75056"))
                .body("epci.kind", equalTo("METRO"));
    }

    @Test
    void formerCommunesPointToTheirCurrentCommune() {
        given().get("/v1/communes/01025").then().statusCode(200)
                .body("formerCommunes.name", hasItem("Dommartin"));
        given().get("/v1/communes/01144").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("/v1/communes/01025"));
    }

    @Test
    void unknownOrMalformedCodes() {
        given().get("/v1/communes/00000").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/communes/2500").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("postalCode", "250").get("/v1/communes").then().statusCode(400)
                .body("errors[0].name", equalTo("postalCode"));
        given().queryParam("department", "99").get("/v1/communes").then().statusCode(400)
                .body("errors[0].name", equalTo("department"));
    }
}
