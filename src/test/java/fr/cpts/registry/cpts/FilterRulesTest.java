package fr.cpts.registry.cpts;

import static fr.cpts.registry.Seeds.AVENIR_SANTE;
import static fr.cpts.registry.Seeds.CAPACITES;
import static fr.cpts.registry.Seeds.HAUT_DOUBS;
import static fr.cpts.registry.Seeds.HERICOURT;
import static fr.cpts.registry.Seeds.LOIRE_VAL;
import static fr.cpts.registry.Seeds.PAYS_HORLOGER;
import static fr.cpts.registry.WriteFixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Filters accept what the API serves, in one case rule, and dates at the precisions the API writes them. */
@QuarkusTest
class FilterRulesTest {

    @Test
    void everyCodeTheApiServesIsAcceptedByItsFilters() {
        List<String> regions = given().get("/v1/regions").then().statusCode(200).extract().path("items.code");
        List<String> departments = given().get("/v1/departments").then().statusCode(200).extract().path("items.code");
        // Overseas collectivities have three-digit region codes (975, 977, 978, 984, 986 to 989).
        org.hamcrest.MatcherAssert.assertThat(regions, org.hamcrest.Matchers.hasItems("975", "977", "984", "989"));
        List<String> refused = new ArrayList<>();
        for (String region : regions) {
            for (String path : List.of("/v1/cpts", "/v1/reported-figures", "/v1/departments", "/v1/coverage",
                    "/v1/exports/cpts.csv")) {
                int status = given().queryParam("region", region).get(path).then().extract().statusCode();
                if (status != 200) {
                    refused.add(path + "?region=" + region + ": " + status);
                }
            }
        }
        for (String department : departments) {
            for (String path : List.of("/v1/cpts", "/v1/reported-figures", "/v1/communes", "/v1/coverage")) {
                int status = given().queryParam("department", department).get(path).then().extract().statusCode();
                if (status != 200) {
                    refused.add(path + "?department=" + department + ": " + status);
                }
            }
        }
        for (String commune : List.of("25056", "2A004", "75101", "97411", "97502")) {
            int status = given().queryParam("commune", commune).get("/v1/cpts").then().extract().statusCode();
            if (status != 200) {
                refused.add("/v1/cpts?commune=" + commune + ": " + status);
            }
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void enumerationsAndCodesIgnoreCase() {
        given().queryParam("status", "aci_signed").queryParam("mission", "prevention").queryParam("sort", "NAME")
                .queryParam("department", "25").get("/v1/cpts").then().statusCode(200)
                .body("items.id", containsInAnyOrder(HAUT_DOUBS, PAYS_HORLOGER, CAPACITES, AVENIR_SANTE, HERICOURT));
        given().queryParam("sort", "-ACISIGNEDON").get("/v1/cpts").then().statusCode(200)
                .body("items[0].id", equalTo(AVENIR_SANTE));
        given().queryParam("department", "2a").get("/v1/communes").then().statusCode(200)
                .body("items[0].department.code", equalTo("2A"));
        given().queryParam("metric", "cpts_operating").get("/v1/reported-figures").then().statusCode(200);
        given().get("/v1/departments/2a").then().statusCode(200).body("code", equalTo("2A"));
        given().get("/v1/communes/2a004").then().statusCode(200).body("code", equalTo("2A004"));
        given().get("/v1/missions/prevention").then().statusCode(200).body("code", equalTo("PREVENTION"));
        // Ids and cursors are not codes: they stay exact.
        given().get("/v1/cpts/" + HERICOURT.toUpperCase(java.util.Locale.ROOT)).then().statusCode(404);
    }

    @Test
    void dateFiltersTakeTheDatesAtThePrecisionsServed() {
        assertSigned("signedFrom=2023&signedTo=2023", CAPACITES);
        assertSigned("signedFrom=2023-01-01&signedTo=2023-12-31", CAPACITES);
        // To the end of March: the signature of 9 March 2023 is in.
        assertSigned("signedTo=2023-03", LOIRE_VAL, HAUT_DOUBS, PAYS_HORLOGER, CAPACITES);
        assertSigned("signedTo=2023-02", LOIRE_VAL, HAUT_DOUBS, PAYS_HORLOGER);
        // A signature known to the month (June 2020) is in that month.
        assertSigned("signedFrom=2020-06&signedTo=2020-06", LOIRE_VAL);
        assertSigned("signedFrom=2024-05", AVENIR_SANTE);
        given().get("/v1/cpts?updatedSince=2020").then().statusCode(200)
                .body("items.size()", equalTo(given().get("/v1/cpts?limit=200").path("items.size()")));
        given().get("/v1/cpts?updatedSince=2999-01").then().statusCode(200).body("items.size()", equalTo(0));
        for (String bad : List.of("signedFrom=2023-13", "signedFrom=20", "signedTo=2023-02-30", "updatedSince=2026-1")) {
            problem(given().get("/v1/cpts?" + bad).then(), 400, "invalid-parameter")
                    .body("errors[0].name", equalTo(bad.substring(0, bad.indexOf('='))));
        }
        problem(given().get("/v1/cpts?signedFrom=2024&signedTo=2023").then(), 400, "invalid-parameter")
                .body("errors[0].name", equalTo("signedTo"));
    }

    private static void assertSigned(String query, String... ids) {
        given().get("/v1/cpts?" + query).then().statusCode(200).body("items.id", containsInAnyOrder(ids));
    }
}
