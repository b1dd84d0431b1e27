package fr.cpts.registry.source;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SourceApiTest {

    @Test
    void theFiveSeedDocumentsOldestFirstAcrossPages() {
        String next = given().queryParam("limit", 3).get("/v1/sources").then().statusCode(200)
                .body("items.id", contains(SOURCE_HAUT_DOUBS, SOURCE_PAYS_HORLOGER, SOURCE_CAPACITES))
                .extract().path("next");
        given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("items.id", contains(SOURCE_HERICOURT, SOURCE_NORD_FRANCHE_COMTE))
                .body("next", nullValue());
        given().get("/v1/sources").then().body("items", hasSize(5))
                .body("items.fileName", contains("004_41eaa28f7e9ea1da.txt", "001_fc822d16732915d7.txt",
                        "002_e790267cf10d9439.txt", "003_63857d18cd58f17a.txt", "000_d557d4a9bb92c4e3.txt"));
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
