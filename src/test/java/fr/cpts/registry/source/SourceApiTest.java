package fr.cpts.registry.source;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SourceApiTest {

    /** Sources recorded by the write tests are published later than the seeds: they follow them. */
    @Test
    void theFiveSeedDocumentsOldestFirstAcrossPages() {
        String next = given().queryParam("limit", 3).get("/v1/sources").then().statusCode(200)
                .body("items.id", contains(SOURCE_HAUT_DOUBS, SOURCE_PAYS_HORLOGER, SOURCE_CAPACITES))
                .extract().path("next");
        List<String> secondPage = given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertEquals(List.of(SOURCE_HERICOURT, SOURCE_NORD_FRANCHE_COMTE), secondPage.subList(0, 2));
        JsonPath all = given().queryParam("limit", 200).get("/v1/sources").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(5))
                .extract().jsonPath();
        assertEquals(List.of(SOURCE_HAUT_DOUBS, SOURCE_PAYS_HORLOGER, SOURCE_CAPACITES, SOURCE_HERICOURT,
                SOURCE_NORD_FRANCHE_COMTE), all.getList("items.id", String.class).subList(0, 5));
        assertEquals(List.of("004_41eaa28f7e9ea1da.txt", "001_fc822d16732915d7.txt", "002_e790267cf10d9439.txt",
                "003_63857d18cd58f17a.txt", "000_d557d4a9bb92c4e3.txt"),
                all.getList("items.fileName", String.class).subList(0, 5));
    }

    @Test
    void oneSource() {
        given().get("/v1/sources/" + SOURCE_CAPACITES).then().statusCode(200)
                .body("kind", equalTo("NEWS_ARTICLE"))
                .body("publisher", equalTo("macommune.info"))
                .body("publishedOn", equalTo("2023-03-10"))
                .body("title", equalTo("La communauté professionnelle territoriale de santé \"CaPaciTéS Besançon & Métrople\" est née"))
                .body("language", equalTo("fr"));
    }
}
