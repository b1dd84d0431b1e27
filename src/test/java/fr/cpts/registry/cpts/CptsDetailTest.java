package fr.cpts.registry.cpts;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The facts of the seed documents, at their stated precision, each with its source. */
@QuarkusTest
class CptsDetailTest {

    /** What a source does not state is served as derived (with the rule) or inferred (with the reasoning). */
    @Test
    void derivedAndInferredValuesSaySo() {
        given().get("/v1/cpts/" + AVENIR_SANTE).then().statusCode(200)
                .body("status", equalTo("ACI_SIGNED"))
                .body("statusBasis.kind", equalTo("INFERRED"))
                .body("lifecycle.find { it.stage == 'ACI_SIGNED' }.basis.reason", containsString("«ont signé officiellement»"))
                .body("contract.basis.kind", equalTo("INFERRED"))
                .body("departments.basis.kind", contains("INFERRED"))
                .body("departments.basis.reason", contains("The article names the CPAM du Doubs among the signatories."));
        given().get("/v1/cpts/" + HAUT_DOUBS).then().statusCode(200)
                .body("statusBasis.kind", equalTo("DERIVED"))
                .body("statusBasis.reason", equalTo("The latest stage of lifecycle."))
                .body("contract.basis.kind", equalTo("STATED"))
                .body("contract.basis.reason", nullValue())
                .body("missions.find { it.mission.code == 'HEALTH_CRISIS_RESPONSE' }.basis.kind", equalTo("INFERRED"))
                .body("missions.find { it.mission.code == 'PREVENTION' }.basis.kind", equalTo("STATED"));
        given().get("/v1/cpts/" + PAYS_HORLOGER).then().statusCode(200)
                .body("lifecycle.basis.kind", contains("INFERRED", "INFERRED"))
                .body("departments.basis.kind", contains("STATED"));
        given().get("/v1/cpts/" + HAUT_DOUBS + "/missions").then().statusCode(200)
                .body("items.find { it.mission.code == 'HEALTH_CRISIS_RESPONSE' }.basis.reason",
                        containsString("before avenant 2"));
        given().get("/v1/cpts/" + GRAND_MONTBELIARD).then().statusCode(200)
                .body("status", nullValue()).body("statusBasis", nullValue());
        given().get("/v1/cpts?q=hericourt").then().statusCode(200)
                .body("items[0].statusBasis", equalTo("INFERRED"));
        given().get("/v1/cpts/" + CAPACITES + "/territory").then().statusCode(200)
                .body("basis.kind", equalTo("INFERRED"));
    }

    @Test
    void paysDHericourt() {
        given().get("/v1/cpts/" + HERICOURT).then().statusCode(200)
                .body("name", equalTo("CPTS du Pays d'Héricourt"))
                .body("status", equalTo("ACI_SIGNED"))
                // The launch is read as the ACI signature: the stage, the contract and the status say so.
                .body("statusBasis.kind", equalTo("INFERRED"))
                .body("statusBasis.reason", startsWith("The latest stage of lifecycle, which is inferred: The release"))
                .body("lifecycle.basis.kind", contains("STATED", "INFERRED"))
                .body("contract.basis.kind", equalTo("INFERRED"))
                .body("contract.basis.reason", containsString("does not name the ACI contract"))
                .body("contract.endsOnBasis.kind", equalTo("DERIVED"))
                .body("contract.endsOnBasis.reason", startsWith("signedOn + 5 years"))
                // Haute-Saône read from its CPAM; the Doubs from 3 of its recorded communes.
                .body("departments.code", contains("70", "25"))
                .body("departments.basis.kind", contains("INFERRED", "DERIVED"))
                .body("departments[1].name", equalTo("Doubs"))
                .body("currentMembership.asOfBasis.kind", equalTo("DERIVED"))
                .body("indicators[0].asOfBasis.kind", equalTo("DERIVED"))
                .body("missions.basis.kind", everyItem(equalTo("STATED")))
                .body("launch.date", equalTo("2024-04-19"))
                .body("launch.place", equalTo("Héricourt"))
                .body("launch.source.id", equalTo(SOURCE_HERICOURT))
                .body("declaredPopulation.value", equalTo(21000))
                .body("declaredPopulation.precision", equalTo("AT_LEAST"))
                .body("declaredPopulation.source.publisher", equalTo("ARS Bourgogne-Franche-Comté"))
                .body("declaredPopulation.source.publishedOn", equalTo("2024-04-19"))
                .body("declaredCommuneCount.value", equalTo(23))
                .body("declaredCommuneCount.precision", equalTo("EXACT"))
                .body("sizeCategory", equalTo(1))
                .body("sizeCategoryBasis", equalTo("COMPUTED_POPULATION"))
                .body("lifecycle.stage", contains("HEALTH_PROJECT_VALIDATED", "ACI_SIGNED"))
                .body("lifecycle.date", contains("2024-04-19", "2024-04-19"))
                .body("contract.signedOn", equalTo("2024-04-19"))
                .body("contract.endsOn", equalTo("2029-04-19"))
                .body("contract.signedPlace", equalTo("Héricourt"))
                .body("contract.signatories.kind", contains("CPTS", "ARS", "CPAM", "MSA"))
                .body("contract.signatories.name", hasItem("CPAM de Haute-Saône"))
                .body("contract.signatories.name", hasItem("MSA de Franche-Comté"))
                .body("missions.mission.code", contains("ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION",
                        "HEALTH_CRISIS_RESPONSE", "QUALITY_AND_RELEVANCE", "PROFESSIONAL_SUPPORT"))
                .body("missions[2].actions", hasItem("Éducation alimentaire"))
                .body("currentMembership.members.value", equalTo(57))
                .body("currentMembership.members.precision", equalTo("ABOUT"))
                .body("currentMembership.establishments.value", equalTo(7))
                .body("currentMembership.establishments.precision", equalTo("EXACT"))
                .body("indicators[0].code", equalTo("SHARE_WITHOUT_MEDECIN_TRAITANT"))
                .body("indicators[0].value", equalTo(8))
                .body("indicators[0].unit", equalTo("PERCENT"))
                .body("indicators[0].precision", equalTo("AT_LEAST"))
                .body("indicators[0].population", equalTo("population de plus de 17 ans"))
                .body("indicators[0].source.id", equalTo(SOURCE_HERICOURT))
                .body("priorityPopulations.label", hasItem("Patientèle âgée"))
                .body("mentions.source.id", contains(SOURCE_HERICOURT, SOURCE_NORD_FRANCHE_COMTE))
                .body("identifiers.finess", nullValue())
                .body("identifiers.siret", nullValue());
    }

    @Test
    void hautDoubsForestier() {
        given().get("/v1/cpts/" + HAUT_DOUBS).then().statusCode(200)
                .body("name", equalTo("CPTS du Haut-Doubs forestier"))
                .body("launch.date", equalTo("2020-10-02"))
                .body("launch.place", equalTo("Pontarlier"))
                .body("contract.signedOn", equalTo("2020-10-02"))
                .body("contract.endsOn", equalTo("2025-10-02"))
                .body("contract.signatories.name", contains("ARS Bourgogne-Franche-Comté", "CPAM du Doubs",
                        "Les professionnels de santé du territoire (CPTS du Haut-Doubs forestier)"))
                .body("currentMembership.members.value", equalTo(100))
                .body("currentMembership.members.precision", equalTo("ABOUT"))
                .body("currentMembership.counted", equalTo("professionnels de santé libéraux"))
                .body("governance[0].body", equalTo("Comité de pilotage"))
                .body("governance[0].composition.count", contains(10, 10))
                .body("governance[0].composition.group", contains("médecins",
                        "paramédicaux ou professionnels du champ social"))
                .body("partners.name", hasItem("Plateforme numérique Eticss"))
                .body("partners.find { it.name == 'Plateforme numérique Eticss' }.kind", equalTo("DIGITAL_PLATFORM"))
                .body("partners.name", hasItem("Hôpital local de Mouthe"))
                .body("missions.mission.code", contains("ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION",
                        "HEALTH_CRISIS_RESPONSE"))
                .body("declaredPopulation", nullValue())
                .body("sizeCategory", nullValue());
    }

    @Test
    void paysHorloger() {
        given().get("/v1/cpts/" + PAYS_HORLOGER).then().statusCode(200)
                .body("legalForm", equalTo("ASSOCIATION"))
                .body("lifecycle.stage", contains("PRE_PROJECT", "ACI_SIGNED"))
                .body("lifecycle.date", contains("2019", "2021-12-15"))
                .body("lifecycle.datePrecision", contains("YEAR", "DAY"))
                .body("currentMembership.members.value", equalTo(50))
                .body("currentMembership.members.precision", equalTo("AT_LEAST"))
                .body("currentMembership.professions", hasSize(15))
                .body("currentMembership.professionsComplete", equalTo(true))
                .body("partners.name", hasItem("Hôpital de proximité de Morteau"))
                .body("missions.find { it.mission.code == 'PREVENTION' }.actions", hasItem("Conduites addictives"));
    }

    @Test
    void capacitesBesanconEtMetropole() {
        given().get("/v1/cpts/" + CAPACITES).then().statusCode(200)
                .body("name", equalTo("CaPaciTéS Besançon & Métropole"))
                .body("declaredPopulation.value", equalTo(200000))
                .body("declaredPopulation.precision", equalTo("ABOUT"))
                .body("sizeCategory", equalTo(4))
                .body("contract.signedOn", equalTo("2023-03-09"))
                .body("contract.signedPlace", equalTo("Salle Courbet, Besançon"))
                .body("lifecycle.stage", contains("PRE_PROJECT", "ACI_SIGNED"))
                .body("lifecycle[0].date", equalTo("2019-12"))
                .body("lifecycle[0].datePrecision", equalTo("MONTH"))
                .body("currentMembership.members.value", equalTo(200))
                .body("currentMembership.members.precision", equalTo("AT_LEAST"))
                .body("currentMembership.memberOrganisations", hasItem("Centre hospitalier de Novillars"))
                .body("missions.find { it.mission.code == 'CARE_PATHWAYS' }.actions",
                        hasItem("Repérage précoce des signes d’insuffisance cardiaque chez les patients de 65 ans et plus"));
    }

    @Test
    void avenirSante() {
        given().get("/v1/cpts/" + AVENIR_SANTE).then().statusCode(200)
                .body("declaredPopulation.value", equalTo(58000))
                .body("declaredCommuneCount.value", equalTo(58))
                .body("sizeCategory", equalTo(2))
                .body("contract.signedOn", equalTo("2024-05-28"))
                .body("contract.signedPlace", nullValue())
                .body("contract.signatories.kind", contains("CPTS", "ARS", "CPAM", "MSA"))
                .body("currentMembership.members.value", equalTo(30))
                .body("currentMembership.members.precision", equalTo("EXACT"))
                .body("indicators[0].value", equalTo(9))
                .body("indicators[0].precision", equalTo("AT_LEAST"))
                .body("missions.find { it.mission.code == 'CARE_PATHWAYS' }.actions",
                        contains("Améliorer le parcours de soins du patient diabétique"));
    }

    @Test
    void loireValDYonneMorvanIsDatedToTheMonth() {
        given().get("/v1/cpts/" + LOIRE_VAL).then().statusCode(200)
                .body("departments.code", contains("58"))
                .body("contract.signedOn", equalTo("2020-06"))
                .body("contract.signedOnPrecision", equalTo("MONTH"))
                .body("contract.endsOn", equalTo("2025-06"))
                .body("contract.signatories", empty());
    }

    @Test
    void lettersOfIntentValidatedByOctober2020() {
        given().get("/v1/cpts/" + POURTOUR_BELFORTAIN).then().statusCode(200)
                .body("status", equalTo("LETTER_OF_INTENT_VALIDATED"))
                .body("departments.code", contains("90"))
                .body("lifecycle[0].date", equalTo("2020-10-02"))
                .body("lifecycle[0].datePrecision", equalTo("ON_OR_BEFORE"))
                .body("mentions.source.id", contains(SOURCE_HAUT_DOUBS, SOURCE_NORD_FRANCHE_COMTE))
                .body("contract", nullValue());
    }

    @Test
    void cptsWhoseStatusNoSourceEstablishesHasNone() {
        given().get("/v1/cpts/" + GRAND_MONTBELIARD).then().statusCode(200)
                .body("status", nullValue())
                .body("lifecycle", empty())
                .body("departments", empty())
                .body("region.code", equalTo("27"))
                .body("mentions[0].source.publishedOn", equalTo("2024-05-28"))
                .body("mentions[0].quote", equalTo("CPTS du Grand Montbéliard"));
    }

    @Test
    void everyFactOfEveryCptsCarriesItsSource() {
        List<String> ids = given().get("/v1/cpts").then().extract().jsonPath().getList("items.id");
        for (String id : ids) {
            JsonPath cpts = given().get("/v1/cpts/" + id).then().statusCode(200).extract().jsonPath();
            for (String path : List.of("lifecycle", "missions", "partners", "governance", "indicators",
                    "priorityPopulations", "notes", "mentions")) {
                List<Map<String, Object>> facts = cpts.getList(path);
                for (Map<String, Object> fact : facts) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> source = (Map<String, Object>) fact.get("source");
                    org.hamcrest.MatcherAssert.assertThat(id + " " + path, source, notNullValue());
                    org.hamcrest.MatcherAssert.assertThat(id + " " + path, List.of(source.get("title"),
                            source.get("publisher"), source.get("publishedOn")), everyItem(notNullValue()));
                }
            }
            org.hamcrest.MatcherAssert.assertThat(id, cpts.getList("mentions"), org.hamcrest.Matchers.not(empty()));
        }
    }
}
