package fr.cpts.registry.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CoverageApiTest {

    @Test
    void bourgogneFrancheComteAddsUpByDepartment() {
        JsonPath coverage = given().queryParam("region", "27").get("/v1/coverage").then().statusCode(200)
                .body("scope.level", equalTo("REGION"))
                .body("scope.code", equalTo("27"))
                .body("figures.cptsTotal", equalTo(19))
                .body("figures.cptsByStatus.find { it.status == 'ACI_SIGNED' }.count", equalTo(6))
                .body("figures.cptsByStatus.find { it.status == 'LETTER_OF_INTENT_VALIDATED' }.count", equalTo(11))
                .body("figures.cptsByStatus.find { it.status == null }.count", equalTo(2))
                .body("figures.coveredByOperatingCpts.population", equalTo(197061 + 20969))
                .body("breakdown", hasSize(8))
                .body("operatingCptsWithoutKnownTerritory.name", contains("CPTS Avenir Santé",
                        "CPTS du Haut-Doubs forestier", "CPTS du Pays horloger", "CPTS Loire-Val d'Yonne-Morvan"))
                .body("operatingCptsWithoutKnownTerritory[0].declaredPopulation.value", equalTo(58000))
                .extract().jsonPath();
        long population = coverage.getLong("figures.population");
        assertEquals(given().get("/v1/regions/27").then().extract().jsonPath().getLong("population"), population);
        for (String field : List.of("population", "units", "coveredByOperatingCpts.population",
                "coveredByOperatingCpts.units", "notCovered.population", "notCovered.units")) {
            assertEquals(coverage.getLong("figures." + field),
                    coverage.getList("breakdown.figures." + field, Number.class).stream().mapToLong(Number::longValue).sum(),
                    field + " adds up");
        }
        assertEquals(population, coverage.getLong("figures.coveredByOperatingCpts.population")
                + coverage.getLong("figures.notCovered.population"));
    }

    @Test
    void doubsEqualsItsLineInTheRegion() {
        Map<String, Object> doubs = given().queryParam("department", "25").get("/v1/coverage").then().statusCode(200)
                .body("scope.name", equalTo("Doubs"))
                .body("figures.population", equalTo(547163))
                // Haut-Doubs, Pays horloger, CaPaciTéS, Avenir Santé, and Pays d'Héricourt: 3 of its communes.
                .body("figures.cptsTotal", equalTo(5))
                // CaPaciTéS (197,061) and the 3 communes of the CC du Pays d'Héricourt in the Doubs (1,018).
                .body("figures.coveredByOperatingCpts.population", equalTo(198079))
                .body("figures.coveredByOperatingCpts.populationShare", equalTo(0.362f))
                .body("breakdown", hasSize(0))
                .extract().jsonPath().getMap("figures");
        Map<String, Object> line = given().queryParam("region", "27").get("/v1/coverage").then().extract().jsonPath()
                .getMap("breakdown.find { it.area.code == '25' }.figures");
        assertEquals(doubs, line);
    }

    @Test
    void nationalCoverageCoversEveryRegion() {
        JsonPath coverage = given().get("/v1/coverage").then().statusCode(200)
                .body("scope.level", equalTo("NATIONAL"))
                .body("figures.population", equalTo(68952941))
                .body("breakdown", hasSize(26))
                .extract().jsonPath();
        assertEquals(68952941L, coverage.getList("breakdown.figures.population", Number.class).stream()
                .mapToLong(Number::longValue).sum());
    }

    @Test
    void regionOrDepartmentNotBoth() {
        given().queryParam("region", "27").queryParam("department", "25").get("/v1/coverage").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("department"));
        given().queryParam("region", "99").get("/v1/coverage").then().statusCode(400);
    }
}
