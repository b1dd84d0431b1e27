package fr.cpts.registry.cpts;

import static fr.cpts.registry.Seeds.SOURCE_HERICOURT;
import static fr.cpts.registry.Seeds.SOURCE_PAYS_HORLOGER;
import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Creating, replacing, patching and deleting a CPTS, under If-Match. Every CPTS created here is deleted. */
@QuarkusTest
class CptsWriteTest extends CreatesCpts {

    @Test
    void createAnswers201WithLocationETagAndTheFacts() {
        String name = uniqueName();
        String body = """
                {"name": "%1$s", "legalForm": "ASSOCIATION", "region": "27", "departments": ["70", "25"],
                 "launch": {"date": "2024-03", "datePrecision": "MONTH", "place": "Vesoul", "sourceId": "%2$s"},
                 "declaredPopulation": {"value": 35000, "precision": "ABOUT", "sourceId": "%2$s"},
                 "declaredCommuneCount": {"value": 31, "precision": "EXACT", "sourceId": "%2$s"},
                 "finess": "700012345", "siret": "12345678900012",
                 "partners": [{"name": "Hôpital de Vesoul", "kind": "HOSPITAL", "role": "Soins non programmés", "sourceId": "%2$s"}],
                 "notes": [{"text": "Première CPTS de l'essai.", "sourceId": "%3$s"}],
                 "mentions": [{"sourceId": "%2$s", "quote": "La %1$s est lancée."},
                              {"sourceId": "%3$s", "quote": "La %1$s."}]}""".formatted(name, SOURCE_HERICOURT,
                SOURCE_PAYS_HORLOGER);
        Response response = editor(null).body(body).post("/v1/cpts");
        String id = track(response.path("id"));
        response.then().statusCode(201)
                .contentType("application/json")
                .header("ETag", equalTo("\"v0\""))
                .header("Location", endsWith("/v1/cpts/" + id))
                .body("id", matchesPattern("^cpts_[0-9a-z]{12}$"))
                .body("name", equalTo(name))
                .body("legalForm", equalTo("ASSOCIATION"))
                .body("region.code", equalTo("27"))
                // (their order: see aWriteAnswersTheRepresentationAGetThenGivesUnderTheSameETag)
                .body("departments.code", containsInAnyOrder("25", "70"))
                .body("launch.date", equalTo("2024-03"))
                .body("launch.datePrecision", equalTo("MONTH"))
                .body("launch.place", equalTo("Vesoul"))
                .body("launch.source.id", equalTo(SOURCE_HERICOURT))
                .body("declaredPopulation.value", equalTo(35000))
                .body("declaredPopulation.precision", equalTo("ABOUT"))
                .body("declaredCommuneCount.value", equalTo(31))
                .body("sizeCategory", equalTo(1))
                .body("sizeCategoryBasis", equalTo("DECLARED_POPULATION"))
                .body("identifiers.finess", equalTo("700012345"))
                .body("identifiers.siret", equalTo("12345678900012"))
                .body("partners.name", contains("Hôpital de Vesoul"))
                .body("notes[0].source.id", equalTo(SOURCE_PAYS_HORLOGER))
                .body("mentions.source.id", contains(SOURCE_PAYS_HORLOGER, SOURCE_HERICOURT)) // by publication date
                .body("status", nullValue())
                .body("lifecycle", empty())
                .body("contract", nullValue())
                .body("missions", empty())
                .body("currentMembership", nullValue())
                .body("territory.communeListKnown", equalTo(false));
        given().get(response.header("Location")).then().statusCode(200)
                .header("ETag", equalTo("\"v0\""))
                .body("id", equalTo(id))
                .body("name", equalTo(name))
                .body("departments.code", contains("25", "70"));
        searchByName(name).statusCode(200)
                .body("items.id", contains(id));
        given().get("/v1/cpts/" + id + "/history").then().statusCode(200)
                .body("items.operation", contains("CREATED"))
                .body("items[0].version", equalTo(0))
                .body("items[0].actor", equalTo("editor-alice"));
    }

    @Test
    void aWriteAnswersTheRepresentationAGetThenGivesUnderTheSameETag() {
        String body = cptsBody(uniqueName()).replace("\"departments\": [\"70\"]", "\"departments\": [\"70\", \"25\"]");
        ExtractableResponse<Response> created = editor(null).body(body).post("/v1/cpts").then().extract();
        String id = track(created.path("id"));
        assertEquals(201, created.statusCode());
        Map<String, Object> afterCreate = detail(id);
        ExtractableResponse<Response> replaced = editor("\"v0\"").body(body).put("/v1/cpts/" + id).then().statusCode(200)
                .extract();
        Map<String, Object> afterReplace = detail(id);
        ExtractableResponse<Response> patched = patch(id, "\"v1\"", "{\"departments\": [\"70\", \"25\"]}").then()
                .statusCode(200).extract();
        Map<String, Object> afterPatch = detail(id);

        assertAll(
                () -> assertEquals(Map.of(), differences(afterCreate, created.jsonPath().getMap("")),
                        "POST answers what GET gives for v0 (field: [GET, POST])"),
                () -> assertEquals(Map.of(), differences(afterReplace, replaced.jsonPath().getMap("")),
                        "PUT answers what GET gives for v1 (field: [GET, PUT])"),
                () -> assertEquals(Map.of(), differences(afterPatch, patched.jsonPath().getMap("")),
                        "PATCH answers what GET gives for v2 (field: [GET, PATCH])"));
    }

    @Test
    void putReplacesEveryEditableFactOmittedListsBecomeEmpty() {
        String id = track(create(cptsBody(uniqueName()).replace("\"mentions\"", """
                "partners": [{"name": "Hôpital de Vesoul", "kind": "HOSPITAL", "sourceId": "src_bbdndrjz3kfz"}],
                "priorityPopulations": [{"label": "Personnes âgées", "sourceId": "src_bbdndrjz3kfz"}],
                "mentions\"""")));
        given().get("/v1/cpts/" + id).then().body("partners", hasSize(1))
                .body("priorityPopulations", hasSize(1));
        String name = uniqueName();

        editor("\"v0\"").body("""
                {"name": "%s", "mentions": [{"sourceId": "%s", "quote": "Autre citation."}]}""".formatted(name,
                SOURCE_PAYS_HORLOGER)).put("/v1/cpts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("name", equalTo(name))
                .body("legalForm", nullValue())
                .body("region", nullValue())
                .body("departments", empty())
                .body("launch", nullValue())
                .body("declaredPopulation", nullValue())
                .body("sizeCategory", nullValue())
                .body("partners", empty())
                .body("priorityPopulations", empty())
                .body("mentions.source.id", contains(SOURCE_PAYS_HORLOGER));
        given().get("/v1/cpts/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("name", equalTo(name))
                .body("partners", empty())
                .body("mentions.quote", contains("Autre citation."));
    }

    @Test
    void patchChangesOnlyThePatchedFields() {
        String id = newCpts();
        Map<String, Object> before = detail(id);

        patch(id, "\"v0\"", """
                {"declaredPopulation": {"value": 36000}, "launch": {"place": "Lure"}}""").then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("declaredPopulation.value", equalTo(36000))
                .body("declaredPopulation.precision", equalTo("ABOUT"))
                .body("launch.place", equalTo("Lure"))
                .body("launch.date", equalTo("2024-03"));

        Map<String, Object> after = detail(id);
        Map<String, Object> expected = new HashMap<>(before);
        expected.put("declaredPopulation", after.get("declaredPopulation"));
        expected.put("launch", after.get("launch"));
        expected.put("updatedAt", after.get("updatedAt"));
        assertEquals(expected, after, "only the patched fields changed");
        assertNotEquals(before.get("declaredPopulation"), after.get("declaredPopulation"));
    }

    /** Every region the reference geography serves can be written, overseas collectivities' three-digit codes too. */
    @Test
    void aCptsInAnOverseasCollectivityCanBeWrittenAndPatched() {
        String id = track(create(cptsBody(uniqueName()).replace("\"region\": \"27\", \"departments\": [\"70\"]",
                "\"region\": \"975\", \"departments\": [\"975\"]")));
        given().get("/v1/cpts/" + id).then().statusCode(200).body("region.code", equalTo("975"));
        patch(id, "\"v0\"", """
                {"legalForm": null}""").then().statusCode(200).body("region.code", equalTo("975"));
    }

    @Test
    void patchNullRemovesAMember() {
        String id = newCpts();
        patch(id, "\"v0\"", """
                {"declaredPopulation": null, "legalForm": null}""").then().statusCode(200)
                .body("declaredPopulation", nullValue())
                .body("legalForm", nullValue())
                .body("sizeCategory", nullValue())
                .body("launch.place", equalTo("Vesoul"));
        given().get("/v1/cpts/" + id).then().body("declaredPopulation", nullValue()).body("legalForm", nullValue());
    }

    @Test
    void patchWhoseResultIsInvalidIs422AndChangesNothing() {
        String id = newCpts();
        Map<String, Object> before = detail(id);
        invalid(patch(id, "\"v0\"", "{\"name\": null, \"mentions\": []}").then(), "/name", "/mentions");
        invalid(patch(id, "\"v0\"", "{\"region\": \"11\"}").then(), "/departments/0");
        invalid(patch(id, "\"v0\"", "{\"launch\": {\"date\": \"2024-13\"}}").then(), "/launch/date");
        problem(patch(id, "\"v0\"", "{\"nmae\": \"x\"}").then(), 400, "malformed-request")
                .body("errors[0].name", equalTo("/nmae"));
        problem(editor("\"v0\"").body("{\"name\": \"x\"}").patch("/v1/cpts/" + id).then(), 415,
                "unsupported-media-type");
        assertUnchanged(id, before, "\"v0\"", 1);
    }

    @Test
    void deleteLeavesATombstone() {
        String name = uniqueName();
        String id = track(create(cptsBody(name)));
        as(adminToken()).header("If-Match", "\"v0\"").delete("/v1/cpts/" + id).then().statusCode(204);

        problem(given().get("/v1/cpts/" + id).then(), 410, "gone");
        searchByName(name).statusCode(200)
                .body("items", empty());
        given().queryParam("limit", 200).get("/v1/cpts").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().get("/v1/cpts/" + id + "/history").then().statusCode(200)
                .body("items.operation", contains("DELETED", "CREATED"))
                .body("items[0].actor", equalTo("admin-bob"))
                .body("items[0].version", equalTo(1));
        problem(given().get("/v1/cpts/" + id + "/contract").then(), 410, "gone");
        problem(as(adminToken()).header("If-Match", "*").delete("/v1/cpts/" + id).then(), 410, "gone");
        problem(editor("*").body(cptsBody(name)).put("/v1/cpts/" + id).then(), 410, "gone");
    }

    @Test
    void ifMatchIsRequired() {
        String id = newCpts();
        Map<String, Object> before = detail(id);
        problem(editor(null).body(cptsBody(uniqueName())).put("/v1/cpts/" + id).then(), 428, "precondition-required");
        problem(patch(id, null, "{\"name\": \"x\"}").then(), 428, "precondition-required");
        problem(as(adminToken()).delete("/v1/cpts/" + id).then(), 428, "precondition-required");
        problem(editor("").body(stage("PRE_PROJECT", "2023", "YEAR")).post("/v1/cpts/" + id + "/lifecycle").then(), 428,
                "precondition-required");
        assertUnchanged(id, before, "\"v0\"", 1);
    }

    @Test
    void staleOrWeakIfMatchIs412AndChangesNothing() {
        String id = newCpts();
        patch(id, "\"v0\"", "{\"finess\": \"700012345\"}").then().statusCode(200).header("ETag", equalTo("\"v1\""));
        Map<String, Object> before = detail(id);

        problem(editor("\"v0\"").body(cptsBody(uniqueName())).put("/v1/cpts/" + id).then(), 412, "precondition-failed");
        problem(patch(id, "\"v0\"", "{\"name\": \"x\"}").then(), 412, "precondition-failed");
        problem(patch(id, "W/\"v1\"", "{\"name\": \"x\"}").then(), 412, "precondition-failed");
        problem(patch(id, "v1", "{\"name\": \"x\"}").then(), 412, "precondition-failed");
        problem(as(adminToken()).header("If-Match", "\"v2\"").delete("/v1/cpts/" + id).then(), 412,
                "precondition-failed");
        problem(editor("\"v0\"").body(missions("PREVENTION")).put("/v1/cpts/" + id + "/missions").then(), 412,
                "precondition-failed");
        assertUnchanged(id, before, "\"v1\"", 2);
    }

    @Test
    void ifMatchStarOrAListNamingTheCurrentVersionIsAllowed() {
        String id = newCpts();
        patch(id, "*", "{\"finess\": \"700012345\"}").then().statusCode(200).header("ETag", equalTo("\"v1\""));
        patch(id, "\"v0\", \"v1\"", "{\"siret\": \"12345678900012\"}").then().statusCode(200)
                .header("ETag", equalTo("\"v2\""));
        given().get("/v1/cpts/" + id).then().header("ETag", equalTo("\"v2\""))
                .body("identifiers.finess", equalTo("700012345"))
                .body("identifiers.siret", equalTo("12345678900012"));
    }

    @Test
    void writesToAnUnknownCptsAre404() {
        problem(editor("*").body(cptsBody(uniqueName())).put("/v1/cpts/cpts_000000000000").then(), 404, "not-found");
        problem(patch("cpts_000000000000", "*", "{\"name\": \"x\"}").then(), 404, "not-found");
        problem(editor("*").body(contract("2024-06", "MONTH")).put("/v1/cpts/cpts_000000000000/contract").then(), 404,
                "not-found");
    }
}
