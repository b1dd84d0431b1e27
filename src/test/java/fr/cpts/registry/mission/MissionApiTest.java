package fr.cpts.registry.mission;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MissionApiTest {

    @Test
    void catalogHasTheSixAciMissionsWithTheirDeadlines() {
        given().get("/v1/missions").then().statusCode(200)
                .body("items", hasSize(6))
                .body("next", nullValue())
                .body("items.code", contains("ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION", "HEALTH_CRISIS_RESPONSE",
                        "QUALITY_AND_RELEVANCE", "PROFESSIONAL_SUPPORT"))
                .body("items.category", contains("SOCLE", "SOCLE", "SOCLE", "SOCLE", "OPTIONAL", "OPTIONAL"))
                .body("items.startMonths", contains(6, 12, 12, 6, null, null))
                .body("items.fullDeploymentMonths", contains(18, 24, 24, 18, null, null))
                .body("items[0].labelFr", equalTo(
                        "Missions en faveur de l'amélioration de l'accès aux soins (médecin traitant, soins non programmés)"))
                .body("items[3].labelFr", equalTo("Mission dédiée à la réponse aux crises sanitaires graves"))
                .body("items[5].labelFr", equalTo(
                        "Accompagnement des professionnels de santé sur le territoire (attractivité)"));
    }

    @Test
    void oneMission() {
        given().get("/v1/missions/PREVENTION").then().statusCode(200)
                .body("code", equalTo("PREVENTION"))
                .body("labelFr", equalTo("Missions en faveur du développement d'actions coordonnées de prévention"))
                .body("startMonths", equalTo(12))
                .body("fullDeploymentMonths", equalTo(24));
    }

    @Test
    void missionsCarriedByACpts() {
        given().get("/v1/cpts/" + AVENIR_SANTE + "/missions").then().statusCode(200)
                .body("items.mission.code", contains("ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION",
                        "HEALTH_CRISIS_RESPONSE", "PROFESSIONAL_SUPPORT"))
                .body("items[0].actions[1]", equalTo("Renforcer l’offre de soins non programmés sur le territoire, en "
                        + "inscrivant cette offre dans le déploiement du service d’accès aux soins (SAS) interdépartemental"))
                .body("items[2].actions", contains("Promouvoir le sport santé auprès des patientes opérées d’une chirurgie du sein"))
                .body("items[0].source.id", equalTo(SOURCE_NORD_FRANCHE_COMTE))
                .body("items[0].source.publishedOn", equalTo("2024-05-28"));
        given().get("/v1/cpts/" + BELFORTAINE + "/missions").then().statusCode(200).body("items", hasSize(0));
    }
}
