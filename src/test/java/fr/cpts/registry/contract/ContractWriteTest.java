package fr.cpts.registry.contract;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * PUT /v1/cpts/{id}/contract: records the ACI contract (ending 5 years after its signature, at its precision) and,
 * when the CPTS has not reached it, the ACI_SIGNED stage. A write that fails after its first changes leaves no trace.
 */
@QuarkusTest
class ContractWriteTest extends CreatesCpts {

    private static ValidatableResponse setContract(String id, String body) {
        return editor(etag(id)).body(body).put("/v1/cpts/" + id + "/contract").then();
    }

    @Test
    void putRecordsTheContractAndTheAciSignedStage() {
        String id = newCpts();
        editor("\"v0\"").body(contract("2024-06", "MONTH")).put("/v1/cpts/" + id + "/contract").then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("signedOn", equalTo("2024-06"))
                .body("signedOnPrecision", equalTo("MONTH"))
                .body("endsOn", equalTo("2029-06"))
                .body("signedPlace", equalTo("Vesoul"))
                .body("signatories.kind", contains("CPTS", "ARS", "CPAM"))
                .body("signatories.name", contains("CPTS essai", "ARS Bourgogne-Franche-Comté", "CPAM de Haute-Saône"))
                .body("source.id", equalTo(SOURCE))
                .body("quote", equalTo("Le contrat ACI a été signé."));

        given().get("/v1/cpts/" + id + "/contract").then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("signedOn", equalTo("2024-06"))
                .body("endsOn", equalTo("2029-06"))
                .body("signatories.kind", contains("CPTS", "ARS", "CPAM"));
        given().get("/v1/cpts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("status", equalTo("ACI_SIGNED"))
                .body("lifecycle.stage", contains("ACI_SIGNED"))
                .body("lifecycle[0].date", equalTo("2024-06"))
                .body("lifecycle[0].datePrecision", equalTo("MONTH"))
                .body("contract.signedOn", equalTo("2024-06"))
                .body("contract.endsOn", equalTo("2029-06"));
        given().get("/v1/cpts/" + id + "/history").then()
                .body("items.operation", contains("CONTRACT_SET", "CREATED"));
    }

    @ParameterizedTest(name = "signed {0} ({1}) ends {2}")
    @CsvSource({
            "2024-04-19, DAY, 2029-04-19",
            "2024-02-29, DAY, 2029-02-28",
            "2021-11, MONTH, 2026-11",
            "2019, YEAR, 2024",
            "2023-03-09, ON_OR_BEFORE, 2028-03-09",
    })
    void theContractEndsFiveYearsAfterItsSignatureAtTheSamePrecision(String signedOn, String precision, String endsOn) {
        String id = newCpts();
        setContract(id, contract(signedOn, precision)).statusCode(200)
                .body("signedOn", equalTo(signedOn))
                .body("endsOn", equalTo(endsOn));
        given().get("/v1/cpts/" + id + "/contract").then().statusCode(200)
                .body("signedOn", equalTo(signedOn))
                .body("signedOnPrecision", equalTo(precision))
                .body("endsOn", equalTo(endsOn));
    }

    @Test
    void theStageIsOnlyRecordedWhenAbsent() {
        String afterPreProject = newCpts();
        editor("\"v0\"").body(stage("PRE_PROJECT", "2022", "YEAR")).post("/v1/cpts/" + afterPreProject + "/lifecycle")
                .then().statusCode(200);
        setContract(afterPreProject, contract("2024-06-12", "DAY")).statusCode(200);
        given().get("/v1/cpts/" + afterPreProject).then()
                .body("status", equalTo("ACI_SIGNED"))
                .body("lifecycle.stage", contains("PRE_PROJECT", "ACI_SIGNED"))
                .body("lifecycle.date", contains("2022", "2024-06-12"));

        // Replacing the contract records no second ACI_SIGNED.
        setContract(afterPreProject, contract("2024-07", "MONTH")).statusCode(200).body("signedOn", equalTo("2024-07"));
        given().get("/v1/cpts/" + afterPreProject).then()
                .body("lifecycle.stage", contains("PRE_PROJECT", "ACI_SIGNED"))
                .body("contract.signedOn", equalTo("2024-07"));

        // Nor one after a dissolution: the CPTS stays dissolved.
        String dissolved = newCpts();
        editor("\"v0\"").body(stage("DISSOLVED", "2025", "YEAR")).post("/v1/cpts/" + dissolved + "/lifecycle")
                .then().statusCode(200);
        setContract(dissolved, contract("2025-02", "MONTH")).statusCode(200);
        given().get("/v1/cpts/" + dissolved).then()
                .body("status", equalTo("DISSOLVED"))
                .body("lifecycle.stage", contains("DISSOLVED"))
                .body("contract.signedOn", equalTo("2025-02"));
    }

    @Test
    void listsFilterAndOrderByTheCurrentContract() {
        String id = newCpts();
        setContract(id, contract("2024-06", "MONTH")).statusCode(200);
        signedIn("2024-06-01", "2024-06-30").body("items.id", hasItem(id));

        // Replaced, the contract moves the CPTS in the lists (its date is kept on the CPTS row, by a trigger: V18).
        setContract(id, contract("2019", "YEAR")).statusCode(200);
        signedIn("2024-06-01", "2024-06-30").body("items.id", not(hasItem(id)));
        signedIn("2019-01-01", "2019-01-01").body("items.id", hasItem(id));
    }

    private static ValidatableResponse signedIn(String from, String to) {
        return given().queryParam("signedFrom", from).queryParam("signedTo", to).queryParam("sort", "aciSignedOn")
                .queryParam("limit", 100).get("/v1/cpts").then().statusCode(200);
    }

    @Test
    void aContractFailingAfterItsFirstChangesLeavesNoTrace() {
        String id = newCpts();
        editor("\"v0\"").body(stage("HEALTH_PROJECT_VALIDATED", "2024-09-10", "DAY"))
                .post("/v1/cpts/" + id + "/lifecycle").then().statusCode(200);
        Map<String, Object> before = detail(id);
        int writes = history(id).size();

        // Valid on its own, the contract is rejected only when its stage is recorded, after the contract row was
        // created: the whole transaction must roll back.
        invalid(setContract(id, contract("2024-03-01", "DAY")), "/signedOn");

        problem(given().get("/v1/cpts/" + id + "/contract").then(), 404, "not-found");
        // Neither the contract nor the lifecycle changed.
        assertUnchanged(id, before, "\"v1\"", writes);

        // The same CPTS then takes a contract signed after the stage.
        setContract(id, contract("2024-10", "MONTH")).statusCode(200).header("ETag", equalTo("\"v2\""));
    }

    @Test
    void invalidContractsAre422NamingEveryField() {
        String id = newCpts();
        invalid(setContract(id, """
                {"signedOn": "2024-13", "signedOnPrecision": "MONTH", "signatories": [{"kind": "ARS", "name": " "}],
                 "sourceId": "src_nope00000000"}"""), "/signedOn", "/signatories/0/name", "/sourceId");
        invalid(setContract(id, "{}"), "/signedOn", "/signedOnPrecision", "/signatories", "/sourceId");
        invalid(setContract(id, contract("2099-01-01", "DAY")), "/signedOn");
        problem(setContract(id, contract("2024-01-01", "DAY").replace("\"ARS\"", "\"PREFECTURE\"")), 400,
                "malformed-request").body("errors[0].name", equalTo("/signatories/1/kind"));
        problem(given().get("/v1/cpts/" + id + "/contract").then(), 404, "not-found");
        assertEquals("\"v0\"", etag(id));
    }
}
