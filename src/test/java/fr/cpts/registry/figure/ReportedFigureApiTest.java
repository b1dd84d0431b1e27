package fr.cpts.registry.figure;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ReportedFigureApiTest {

    @Test
    void regionalFiguresAsReportedOnEachDate() {
        given().queryParam("region", "27").get("/v1/reported-figures").then().statusCode(200)
                .body("items", hasSize(10))
                .body("items.asOf", contains("2020-10-02", "2020-10-02", "2020-10-02", "2020-10-02", "2023-03-10",
                        "2023-03-10", "2023-03-10", "2023-03-10", "2024-05-28", "2024-05-28"));
        given().queryParam("region", "27").queryParam("metric", "CPTS_CONSTITUTED").get("/v1/reported-figures").then()
                .statusCode(200)
                .body("items.value", contains(2, 4, 5))
                .body("items.scope.level", contains("REGION", "DEPARTMENT", "AREA"))
                .body("items[2].scope.area", equalTo("Nord-Franche-Comté (Pôle métropolitain)"));
    }

    @Test
    void figuresOfOctober2020() {
        given().queryParam("metric", "CPTS_PROJECTS_IN_PROGRESS").get("/v1/reported-figures").then()
                .body("items[0].value", equalTo(25))
                .body("items[0].asOf", equalTo("2020-10-02"))
                .body("items[0].source.id", equalTo(SOURCE_HAUT_DOUBS));
        given().queryParam("metric", "LETTERS_OF_INTENT_VALIDATED").get("/v1/reported-figures").then()
                .body("items.value", contains(11));
    }

    @Test
    void figuresOfMarch2023() {
        given().get("/v1/reported-figures/fig_f4hsx3a0capx").then().statusCode(200)
                .body("metric", equalTo("CPTS_OPERATING"))
                .body("value", equalTo(17))
                .body("precision", equalTo("EXACT"))
                .body("asOf", equalTo("2023-03-10"))
                .body("scope.region.name", equalTo("Bourgogne-Franche-Comté"));
        given().queryParam("metric", "CPTS_IN_CREATION").get("/v1/reported-figures").then().body("items.value", contains(13));
        given().queryParam("department", "25").get("/v1/reported-figures").then()
                .body("items.metric", contains("CPTS_PLANNED", "CPTS_CONSTITUTED"))
                .body("items.value", contains(2, 4));
    }

    @Test
    void nordFrancheComteEntirelyCoveredBy5CptsOnMay2024() {
        given().queryParam("metric", "TERRITORY_COVERAGE_PERCENT").get("/v1/reported-figures").then()
                .body("items.value", contains(100))
                .body("items[0].asOf", equalTo("2024-05-28"))
                .body("items[0].source.id", equalTo(SOURCE_NORD_FRANCHE_COMTE));
    }
}
