package fr.cpts.registry.cpts;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CptsListTest {

    @Inject
    DataSource dataSource;

    @Test
    void listsEverySeedCptsByAccentInsensitiveNameOnOnePage() {
        given().get("/v1/cpts").then().statusCode(200)
                .contentType("application/json")
                .body("items", hasSize(CPTS_COUNT))
                .body("next", nullValue())
                .body("items[0].name", equalTo("CaPaciTéS Besançon & Métropole"))
                .body("items[1].name", equalTo("CPTS Avenir Santé"))
                .body("items[18].name", equalTo("CPTS Tonnerre"));
    }

    @Test
    void summaryCarriesTheMainFactsAtTheirPrecision() {
        given().queryParam("q", "hericourt").get("/v1/cpts").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(HERICOURT))
                .body("items[0].name", equalTo("CPTS du Pays d'Héricourt"))
                .body("items[0].status", equalTo("ACI_SIGNED"))
                .body("items[0].region.code", equalTo("27"))
                .body("items[0].region.name", equalTo("Bourgogne-Franche-Comté"))
                .body("items[0].statusBasis", equalTo("INFERRED"))
                .body("items[0].departments.code", contains("70", "25"))
                .body("items[0].departments.name", contains("Haute-Saône", "Doubs"))
                .body("items[0].departments.basis.kind", contains("INFERRED", "DERIVED"))
                .body("items[0].aciSignedOn", equalTo("2024-04-19"))
                .body("items[0].aciSignedOnBasis", equalTo("INFERRED"))
                .body("items[0].sizeCategoryBasis", equalTo("COMPUTED_POPULATION"))
                .body("items[0].inferredMissions", hasSize(0))
                .body("items[0].declaredPopulation.value", equalTo(21000))
                .body("items[0].declaredPopulation.precision", equalTo("AT_LEAST"))
                .body("items[0].sizeCategory", equalTo(1))
                .body("items[0].missions", contains("ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION",
                        "HEALTH_CRISIS_RESPONSE", "QUALITY_AND_RELEVANCE", "PROFESSIONAL_SUPPORT"))
                .body("items[0].members.value", equalTo(57))
                .body("items[0].members.precision", equalTo("ABOUT"))
                .body("items[0].members.asOf", equalTo("2024-04-19"))
                .body("items[0].members.asOfBasis", equalTo("DERIVED"));
    }

    @Test
    void pagesCoverTheListExactlyOnceInOrder() {
        List<String> unpaged = given().get("/v1/cpts").then().extract().jsonPath().getList("items.id");
        List<String> paged = new ArrayList<>();
        String next = "/v1/cpts?limit=5";
        int pages = 0;
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            paged.addAll(ids);
            next = page.getString("next");
            pages++;
            if (next != null) {
                assertEquals(5, ids.size());
                assertFalse(next.isBlank());
            }
        }
        assertEquals(4, pages);
        assertEquals(unpaged, paged);
    }

    @Test
    void nextLinkIsRelativeAndKeepsTheFilters() {
        String next = given().queryParam("region", "27").queryParam("limit", 2).queryParam("sort", "-name")
                .get("/v1/cpts").then().statusCode(200).extract().path("next");
        org.hamcrest.MatcherAssert.assertThat(next, startsWith("/v1/cpts?"));
        org.hamcrest.MatcherAssert.assertThat(next, org.hamcrest.Matchers.containsString("region=27"));
        org.hamcrest.MatcherAssert.assertThat(next, org.hamcrest.Matchers.containsString("sort=-name"));
        given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("items.name", contains("CPTS Sud Nièvre", "CPTS Sens"));
    }

    @Test
    void rowsAddedBetweenPagesNeitherShiftNorRepeatThePages() throws SQLException {
        JsonPath first = given().get("/v1/cpts?limit=10").then().statusCode(200).extract().jsonPath();
        List<String> all = given().get("/v1/cpts").then().extract().jsonPath().getList("items.id");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Sorts first by name: an offset-based page 2 would repeat the 10th item.
            statement.execute("INSERT INTO cpts (id, name) VALUES ('cpts_test00000001', 'AAA CPTS ajoutée')");
            try {
                List<String> second = given().urlEncodingEnabled(false).get(first.getString("next")).then()
                        .statusCode(200).extract().jsonPath().getList("items.id");
                Set<String> seen = new LinkedHashSet<>(first.getList("items.id"));
                seen.addAll(second);
                assertEquals(all, new ArrayList<>(seen));
            } finally {
                statement.execute("DELETE FROM cpts WHERE id = 'cpts_test00000001'");
            }
        }
    }

    @Test
    void filtersByDepartment() {
        // The Pays d'Héricourt is in the Haute-Saône by its sources, in the Doubs by 3 of its communes: found by both.
        given().queryParam("department", "25").get("/v1/cpts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(HAUT_DOUBS, PAYS_HORLOGER, CAPACITES, AVENIR_SANTE, HERICOURT));
        given().queryParam("department", "70").get("/v1/cpts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(HERICOURT, LUXEUIL));
    }

    @Test
    void filtersByRegion() {
        given().queryParam("region", "27").get("/v1/cpts").then().statusCode(200).body("items", hasSize(CPTS_COUNT));
        given().queryParam("region", "11").get("/v1/cpts").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void filtersByStatus() {
        given().queryParam("status", "ACI_SIGNED").get("/v1/cpts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(HAUT_DOUBS, LOIRE_VAL, PAYS_HORLOGER, CAPACITES, HERICOURT, AVENIR_SANTE));
        given().queryParam("status", "letter_of_intent_validated").get("/v1/cpts").then().statusCode(200)
                .body("items", hasSize(11))
                .body("items.id", org.hamcrest.Matchers.hasItem(POURTOUR_BELFORTAIN));
        given().queryParam("status", "DISSOLVED").get("/v1/cpts").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void filtersByMission() {
        given().queryParam("mission", "QUALITY_AND_RELEVANCE").get("/v1/cpts").then().statusCode(200)
                .body("items.id", contains(HERICOURT));
        given().queryParam("mission", "HEALTH_CRISIS_RESPONSE").get("/v1/cpts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(HAUT_DOUBS, HERICOURT, AVENIR_SANTE));
        given().queryParam("mission", "PROFESSIONAL_SUPPORT").get("/v1/cpts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(CAPACITES, HERICOURT, AVENIR_SANTE));
    }

    @Test
    void filtersBySizeCategoryDerivedFromTheDeclaredPopulation() {
        given().queryParam("sizeCategory", 1).get("/v1/cpts").then().body("items.id", contains(HERICOURT));
        given().queryParam("sizeCategory", 2).get("/v1/cpts").then().body("items.id", contains(AVENIR_SANTE));
        given().queryParam("sizeCategory", 3).get("/v1/cpts").then().body("items", hasSize(0));
        given().queryParam("sizeCategory", 4).get("/v1/cpts").then().body("items.id", contains(CAPACITES));
    }

    @Test
    void filtersBySignatureDates() {
        given().queryParam("signedFrom", "2023-01-01").get("/v1/cpts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(CAPACITES, HERICOURT, AVENIR_SANTE));
        given().queryParam("signedTo", "2020-12-31").get("/v1/cpts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(LOIRE_VAL, HAUT_DOUBS));
        given().queryParam("signedFrom", "2021-12-15").queryParam("signedTo", "2021-12-15").get("/v1/cpts").then()
                .body("items.id", contains(PAYS_HORLOGER));
    }

    @Test
    void searchIgnoresCaseAccentsApostrophesAndHyphens() {
        given().queryParam("q", "BESANCON").get("/v1/cpts").then().body("items.id", contains(CAPACITES));
        given().queryParam("q", "haut doubs").get("/v1/cpts").then().body("items.id", contains(HAUT_DOUBS));
        given().queryParam("q", "Pays d’Héricourt").get("/v1/cpts").then().body("items.id", contains(HERICOURT));
        given().queryParam("q", "montbéliard").get("/v1/cpts").then().body("items.id", contains(GRAND_MONTBELIARD));
        given().queryParam("q", "100%").get("/v1/cpts").then().statusCode(200).body("items", hasSize(0));
        given().queryParam("q", "_").get("/v1/cpts").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void combinesFilters() {
        given().queryParam("department", "25").queryParam("status", "ACI_SIGNED").queryParam("signedFrom", "2022-01-01")
                .get("/v1/cpts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(CAPACITES, AVENIR_SANTE, HERICOURT));
    }

    @Test
    void sortsBySignatureDateWithUnsignedLast() {
        List<String> ids = given().queryParam("sort", "-aciSignedOn").get("/v1/cpts").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertEquals(List.of(AVENIR_SANTE, HERICOURT, CAPACITES, PAYS_HORLOGER, HAUT_DOUBS, LOIRE_VAL), ids.subList(0, 6));
        assertEquals(CPTS_COUNT, ids.size());
        given().queryParam("sort", "aciSignedOn").queryParam("limit", 2).get("/v1/cpts").then().statusCode(200)
                .body("items.id", contains(LOIRE_VAL, HAUT_DOUBS));
    }

    @Test
    void pagingThroughNullSortKeysLosesNothing() {
        List<String> paged = new ArrayList<>();
        String next = "/v1/cpts?sort=-aciSignedOn&limit=4";
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id"));
            next = page.getString("next");
        }
        assertEquals(given().queryParam("sort", "-aciSignedOn").get("/v1/cpts").then().extract().jsonPath()
                .getList("items.id"), paged);
    }
}
