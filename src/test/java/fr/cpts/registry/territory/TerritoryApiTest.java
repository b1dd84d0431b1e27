package fr.cpts.registry.territory;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class TerritoryApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void capacitesCoversGrandBesanconMetropole() {
        JsonPath territory = given().get("/v1/cpts/" + CAPACITES + "/territory").then().statusCode(200)
                .body("communeListKnown", equalTo(true))
                .body("basis.epci.code", equalTo("242500361"))
                .body("basis.source.id", equalTo(SOURCE_CAPACITES))
                .body("vintage", equalTo(2026))
                .body("computed.communeCount", equalTo(67))
                .body("communes", hasSize(67))
                .body("communes.code", hasItem("25056"))
                .body("computed.sizeCategory", equalTo(4))
                .body("declaredPopulation.value", equalTo(200000))
                .body("declaredPopulation.precision", equalTo("ABOUT"))
                .body("populationComparison.exceedsTolerance", equalTo(false))
                .body("departments.code", contains("25"))
                .extract().jsonPath();
        assertEquals(sum(territory.getList("communes.population", Integer.class)), territory.getInt("computed.population"),
                "the computed population is the sum of the communes'");
        assertEquals(197061, territory.getInt("computed.population"));
    }

    @Test
    void hericourtCoversTheCommunesOfTheCcDuPaysDHericourt() {
        JsonPath territory = given().get("/v1/cpts/" + HERICOURT + "/territory").then().statusCode(200)
                .body("basis.epci.code", equalTo("247000722"))
                .body("computed.communeCount", equalTo(23))
                .body("declaredCommuneCount.value", equalTo(23))
                .body("communeCountComparison.relativeDifference", equalTo(0.0f))
                .body("declaredPopulation.precision", equalTo("AT_LEAST"))
                .body("populationComparison.relativeDifference", equalTo(-0.0015f))
                .body("populationComparison.exceedsTolerance", equalTo(false))
                .body("departments.code", contains("25", "70"))
                .body("departments.communeCount", contains(3, 20))
                .body("communes.code", hasItem("70285"))
                .extract().jsonPath();
        assertEquals(sum(territory.getList("communes.population", Integer.class)), territory.getInt("computed.population"));
        assertEquals(territory.getInt("computed.population"),
                sum(territory.getList("departments.population", Integer.class)));
        given().get("/v1/cpts/" + HERICOURT).then()
                .body("territory.communeListKnown", equalTo(true))
                .body("territory.computedPopulation", equalTo(20969))
                .body("sizeCategory", equalTo(1))
                .body("sizeCategoryBasis", equalTo("COMPUTED_POPULATION"));
    }

    @Test
    void countsWithoutAListStayDeclaredAndNoListIsGuessed() {
        given().get("/v1/cpts/" + AVENIR_SANTE + "/territory").then().statusCode(200)
                .body("communeListKnown", equalTo(false))
                .body("basis", nullValue())
                .body("computed", nullValue())
                .body("communes", empty())
                .body("declaredCommuneCount.value", equalTo(58))
                .body("declaredCommuneCount.precision", equalTo("EXACT"))
                .body("declaredPopulation.value", equalTo(58000));
        given().get("/v1/cpts/" + AVENIR_SANTE).then()
                .body("sizeCategory", equalTo(2))
                .body("sizeCategoryBasis", equalTo("DECLARED_POPULATION"))
                .body("territory.communeListKnown", equalTo(false));
    }

    @Test
    void whichCptsCoverThisCommune() {
        given().queryParam("commune", "25056").get("/v1/cpts").then().statusCode(200).body("items.id", contains(CAPACITES));
        given().queryParam("commune", "70285").get("/v1/cpts").then().body("items.id", contains(HERICOURT));
        given().queryParam("commune", "62433").get("/v1/cpts").then().body("items", empty());
        given().queryParam("commune", "99999").get("/v1/cpts").then().statusCode(400)
                .body("errors[0].name", equalTo("commune"));
        given().queryParam("commune", "abc").get("/v1/cpts").then().statusCode(400)
                .body("errors[0].name", equalTo("commune"));
        given().get("/v1/cpts/cpts_000000000000/territory").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void overlapsBetweenOperatingCptsAreReported() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO cpts (id, name, status, status_basis) VALUES ('cpts_test00000002', "
                    + "'CPTS test recouvrement', 'ACI_SIGNED', 'DERIVED')");
            statement.execute("INSERT INTO cpts_commune VALUES ('cpts_test00000002', '70285'), ('cpts_test00000002', '25056')");
            try {
                // Written behind the API's back: cached representations go when the NOTIFY arrives.
                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                    given().get("/v1/cpts/" + HERICOURT + "/territory").then().statusCode(200)
                            .body("overlaps.id", contains("cpts_test00000002"))
                            .body("overlaps[0].bothOperating", equalTo(true))
                            .body("overlaps[0].communes", contains("70285"));
                    given().get("/v1/communes/25056").then().body("cpts.id", contains(CAPACITES, "cpts_test00000002"));
                    given().queryParam("department", "70").get("/v1/coverage").then().statusCode(200)
                            .body("figures.overlapping.units", equalTo(1))
                            .body("figures.overlapping.population", equalTo(10621));
                });
            } finally {
                statement.execute("DELETE FROM cpts_commune WHERE cpts_id = 'cpts_test00000002'");
                statement.execute("DELETE FROM cpts WHERE id = 'cpts_test00000002'");
                await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/v1/communes/25056").then()
                        .body("cpts.id", contains(CAPACITES)));
            }
        }
    }

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }
}
