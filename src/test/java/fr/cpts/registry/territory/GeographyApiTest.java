package fr.cpts.registry.territory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class GeographyApiTest {

    @Test
    void regionsWithPopulationsThatAddUp() {
        List<Number> populations = given().get("/v1/regions").then().statusCode(200)
                .body("items", hasSize(26))
                .extract().jsonPath().getList("items.population", Number.class);
        assertEquals(68_952_941L, populations.stream().mapToLong(Number::longValue).sum());
        given().get("/v1/regions/27").then().statusCode(200)
                .body("name", equalTo("Bourgogne-Franche-Comté"))
                .body("departments", hasSize(8));
    }

    @Test
    void departmentsOfARegion() {
        List<Number> populations = given().queryParam("region", "27").get("/v1/departments").then().statusCode(200)
                .body("items", hasSize(8))
                .extract().jsonPath().getList("items.population", Number.class);
        long region = given().get("/v1/regions/27").then().extract().jsonPath().getLong("population");
        assertEquals(region, populations.stream().mapToLong(Number::longValue).sum());
        given().get("/v1/departments/25").then().statusCode(200)
                .body("name", equalTo("Doubs"))
                .body("region.code", equalTo("27"))
                .body("communeCount", equalTo(563));
        given().get("/v1/departments/2A").then().statusCode(200).body("name", equalTo("Corse-du-Sud"));
    }

    @Test
    void unknownCodes() {
        given().get("/v1/regions/99").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/departments/20").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("region", "2").get("/v1/departments").then().statusCode(400)
                .body("errors[0].name", equalTo("region"));
    }
}
