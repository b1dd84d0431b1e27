package fr.cpts.registry.cpts;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** POST /v1/cpts/{id}/lifecycle: forward moves (stages may be skipped), DISSOLVED after anything, nothing after it. */
@QuarkusTest
class LifecycleWriteTest extends CreatesCpts {

    private static ValidatableResponse record(String id, String stage, String date, String precision) {
        return editor(etag(id)).body(stage(stage, date, precision)).post("/v1/cpts/" + id + "/lifecycle").then();
    }

    @Test
    void forwardMovesAreRecordedAtTheirPrecisionAndSetTheStatus() {
        String id = newCpts();
        editor("\"v0\"").body(stage("PRE_PROJECT", "2023", "YEAR")).post("/v1/cpts/" + id + "/lifecycle").then()
                .statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("status", equalTo("PRE_PROJECT"))
                .body("lifecycle.stage", contains("PRE_PROJECT"))
                .body("lifecycle[0].date", equalTo("2023"))
                .body("lifecycle[0].datePrecision", equalTo("YEAR"))
                .body("lifecycle[0].source.id", equalTo(SOURCE));
        record(id, "LETTER_OF_INTENT_VALIDATED", "2024-02", "MONTH").statusCode(200)
                .header("ETag", equalTo("\"v2\""))
                .body("status", equalTo("LETTER_OF_INTENT_VALIDATED"));
        // HEALTH_PROJECT_VALIDATED is skipped: stages may be.
        record(id, "ACI_SIGNED", "2024-09-10", "DAY").statusCode(200).body("status", equalTo("ACI_SIGNED"));

        given().get("/v1/cpts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"v3\""))
                .body("status", equalTo("ACI_SIGNED"))
                .body("lifecycle.stage", contains("PRE_PROJECT", "LETTER_OF_INTENT_VALIDATED", "ACI_SIGNED"))
                .body("lifecycle.date", contains("2023", "2024-02", "2024-09-10"))
                .body("lifecycle.datePrecision", contains("YEAR", "MONTH", "DAY"));
        given().queryParam("status", "ACI_SIGNED").queryParam("limit", 200).get("/v1/cpts").then()
                .body("items.id", hasItem(id));
        given().get("/v1/cpts/" + id + "/history").then()
                .body("items.operation", contains("LIFECYCLE_STAGE_RECORDED", "LIFECYCLE_STAGE_RECORDED",
                        "LIFECYCLE_STAGE_RECORDED", "CREATED"));
    }

    @Test
    void movingBackOrRepeatingAStageIs409AndChangesNothing() {
        String id = newCpts();
        record(id, "PRE_PROJECT", "2023", "YEAR").statusCode(200);
        record(id, "HEALTH_PROJECT_VALIDATED", "2024-02", "MONTH").statusCode(200);
        Map<String, Object> before = detail(id);

        problem(record(id, "LETTER_OF_INTENT_VALIDATED", "2024-03", "MONTH"), 409, "conflict");
        problem(record(id, "PRE_PROJECT", "2024-03", "MONTH"), 409, "conflict");
        problem(record(id, "HEALTH_PROJECT_VALIDATED", "2024-03", "MONTH"), 409, "conflict");
        assertUnchanged(id, before, "\"v2\"", 3);
    }

    @Test
    void aDateBeforeThePreviousStageIs422() {
        String id = newCpts();
        record(id, "PRE_PROJECT", "2024-03-10", "DAY").statusCode(200);
        invalid(record(id, "LETTER_OF_INTENT_VALIDATED", "2024-03-09", "DAY"), "/date");
        // A month compares as its first day.
        invalid(record(id, "LETTER_OF_INTENT_VALIDATED", "2024-03", "MONTH"), "/date");
        invalid(record(id, "DISSOLVED", "2023", "YEAR"), "/date");
        assertEquals("\"v1\"", etag(id));
        // The same day is not before.
        record(id, "LETTER_OF_INTENT_VALIDATED", "2024-03-10", "DAY").statusCode(200)
                .body("lifecycle.stage", contains("PRE_PROJECT", "LETTER_OF_INTENT_VALIDATED"));
    }

    @Test
    void dissolvedMayFollowAnyStageAndNothingFollowsIt() {
        String atHealthProject = newCpts();
        record(atHealthProject, "HEALTH_PROJECT_VALIDATED", "2023-05", "MONTH").statusCode(200);
        record(atHealthProject, "DISSOLVED", "2025-01", "MONTH").statusCode(200)
                .body("status", equalTo("DISSOLVED"))
                .body("lifecycle.stage", contains("HEALTH_PROJECT_VALIDATED", "DISSOLVED"));

        String withoutStage = newCpts();
        record(withoutStage, "DISSOLVED", "2025", "YEAR").statusCode(200).body("status", equalTo("DISSOLVED"));

        String atAciSigned = newCpts();
        record(atAciSigned, "ACI_SIGNED", "2022-06-01", "DAY").statusCode(200);
        record(atAciSigned, "DISSOLVED", "2025-01-15", "ON_OR_BEFORE").statusCode(200).body("status", equalTo("DISSOLVED"));

        Map<String, Object> before = detail(atAciSigned);
        for (String stage : List.of("PRE_PROJECT", "HEALTH_PROJECT_VALIDATED", "ACI_SIGNED", "DISSOLVED")) {
            problem(record(atAciSigned, stage, "2025-06", "MONTH"), 409, "conflict");
        }
        assertEquals(before, detail(atAciSigned));
        given().queryParam("status", "DISSOLVED").queryParam("limit", 200).get("/v1/cpts").then()
                .body("items.id", hasItems(atHealthProject, withoutStage, atAciSigned));
    }

    @Test
    void invalidStageBodiesAre422Or400() {
        String id = newCpts();
        invalid(record(id, "PRE_PROJECT", LocalDate.now().plusDays(1).toString(), "DAY"), "/date");
        invalid(record(id, "PRE_PROJECT", "2015", "YEAR"), "/date");
        invalid(record(id, "PRE_PROJECT", "2024-02-30", "DAY"), "/date");
        invalid(record(id, "PRE_PROJECT", "2024-02-03", "MONTH"), "/date");
        invalid(editor("\"v0\"").body("""
                {"stage": "PRE_PROJECT", "date": "2024", "datePrecision": "YEAR", "sourceId": "src_nope00000000"}""")
                .post("/v1/cpts/" + id + "/lifecycle").then(), "/sourceId");
        invalid(editor("\"v0\"").body("{}").post("/v1/cpts/" + id + "/lifecycle").then(),
                "/stage", "/date", "/datePrecision", "/sourceId");
        problem(editor("\"v0\"").body(stage("OPERATING", "2024", "YEAR")).post("/v1/cpts/" + id + "/lifecycle").then(),
                400, "malformed-request").body("errors[0].name", equalTo("/stage"));
        assertEquals("\"v0\"", etag(id));
        assertEquals(1, history(id).size());
    }
}
