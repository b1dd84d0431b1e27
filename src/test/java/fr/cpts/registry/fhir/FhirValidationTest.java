package fr.cpts.registry.fhir;

import static fr.cpts.registry.Seeds.HERICOURT;
import static io.restassured.RestAssured.given;
import static fr.cpts.registry.WriteFixtures.editor;
import static fr.cpts.registry.WriteFixtures.etag;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cpts.registry.WriteFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Everything the FHIR view serves validates with HAPI's validator: against R4 with no error, Organizations against FR
 * Core's fr-core-organization (which they claim in meta.profile) with none but what cannot be checked offline.
 */
@QuarkusTest
class FhirValidationTest {

    static FhirValidation validation;

    /** Built once, in the first test: it reads the server's extensions, which is up only then. */
    @BeforeEach
    void validator() throws IOException {
        if (validation == null) {
            validation = FhirValidation.of(Conformance.EXTENSIONS);
        }
    }

    @Test
    void conformanceResourcesValidate() {
        Map<String, String> served = new LinkedHashMap<>();
        served.put("metadata", get("metadata"));
        served.put("CodeSystem/aci-mission", get("CodeSystem/aci-mission"));
        assertValid(served);
    }

    /**
     * The extensions' StructureDefinitions validate but for the message HAPI's validator gives every StructureDefinition
     * here (FR Core's own: the control), and HAPI generates their snapshots (a differential it could not read fails).
     */
    @Test
    void structureDefinitionsValidateAndHaveSnapshots() throws IOException {
        String frCoreOwn;
        try (var in = new java.util.zip.GZIPInputStream(getClass().getResourceAsStream("/fhir/hl7.fhir.fr.core-2.2.0.tgz"));
                var tar = new java.io.ByteArrayOutputStream()) {
            in.transferTo(tar);
            String all = tar.toString(java.nio.charset.StandardCharsets.UTF_8);
            int start = all.indexOf("{\"resourceType\":\"StructureDefinition\",\"id\":\"fr-core-organization-short-name\"");
            frCoreOwn = start < 0 ? null : all.substring(start, all.indexOf('\0', start));
        }
        assertTrue(frCoreOwn != null && validation.errors(frCoreOwn).stream()
                .anyMatch(e -> e.contains(FhirValidation.SNAPSHOT_ENVIRONMENT)),
                "the control: FR Core's own StructureDefinition gets the same message");
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String id : Conformance.EXTENSIONS) {
            String json = get("StructureDefinition/" + id);
            List<String> found = new ArrayList<>(validation.structureDefinitionErrors(json));
            if (validation.snapshotElements(json) < 5) {
                found.add("no snapshot generated");
            }
            if (!found.isEmpty()) {
                errors.put(id, found);
            }
        }
        assertEquals(Map.of(), errors, "validation errors");
    }

    @Test
    void everySeedOrganizationAndItsMissionsAndSourcesValidate() {
        JsonPath bundle = given().queryParam("_count", 200)
                .queryParam("_revinclude", "HealthcareService:organization").get("/fhir/r4/Organization").then()
                .statusCode(200).extract().jsonPath();
        Map<String, String> served = new LinkedHashMap<>();
        served.put("search Bundle", bundle.prettify());
        List<String> ids = bundle.getList("entry.findAll { it.search.mode == 'match' }.resource.id");
        ids.forEach(id -> served.put("Organization/" + id, get("Organization/" + id)));
        references(bundle).stream().distinct().forEach(ref -> served.put(ref, get(ref)));
        assertValid(served);
    }

    @Test
    void bundlesOfOtherInteractionsAndOutcomesValidate() {
        Map<String, String> served = new LinkedHashMap<>();
        served.put("history", get("Organization/_history?_count=50"));
        served.put("HealthcareService search", get("HealthcareService?service-type=ACCESS_TO_CARE&_count=5"));
        served.put("summary count", get("Organization?_summary=count"));
        served.put("HealthcareService", given().get("/fhir/r4/HealthcareService?organization="
                + HERICOURT.replace('_', '-')).then().statusCode(200).extract().asString());
        served.put("OperationOutcome 404", given().get("/fhir/r4/Organization/cpts-000000000000").then()
                .statusCode(404).extract().asString());
        served.put("OperationOutcome 400", given().get("/fhir/r4/Organization?nom=x").then().statusCode(400)
                .extract().asString());
        assertValid(served);
    }

    /** A CPTS with every part the view maps validates; a wrong or unknown extension does not (the check can fail). */
    @Test
    void aCptsWithEveryPartValidatesAndABrokenOneDoesNot() {
        String id = WriteFixtures.create();
        String path = "/v1/cpts/" + id;
        editor(etag(id)).body(WriteFixtures.stage("HEALTH_PROJECT_VALIDATED", "2023", "YEAR")).post(path + "/lifecycle")
                .then().statusCode(lessThan(300));
        editor(etag(id)).body(WriteFixtures.contract("2024-05", "MONTH")).put(path + "/contract").then()
                .statusCode(lessThan(300));
        editor(etag(id)).body(WriteFixtures.membership("2025-01-15", 100, "ABOUT")).post(path + "/membership").then()
                .statusCode(lessThan(300));
        editor(etag(id)).body(WriteFixtures.missions("ACCESS_TO_CARE", "PREVENTION")).put(path + "/missions").then()
                .statusCode(lessThan(300));
        editor(etag(id)).body(WriteFixtures.territoryOfEpci("247000722")).put(path + "/territory").then()
                .statusCode(lessThan(300));
        String fhirId = id.replace('_', '-');
        String org = get("Organization/" + fhirId);
        for (String expected : List.of("/cpts-lifecycle-stage\"", "/aci-contract\"", "/cpts-membership\"",
                "/approximate\"", "\"url\":\"signatory\"", "\"code\":\"70285\"")) {
            assertTrue(org.contains(expected), expected + " in " + org);
        }
        Map<String, String> served = new LinkedHashMap<>();
        served.put("Organization", org);
        served.put("HealthcareService", get("HealthcareService/" + fhirId + ".access-to-care"));
        assertValid(served);

        assertFalse(validation.errors(org.replace("\"url\":\"stage\",\"valueCode\"", "\"url\":\"stage\",\"valueInteger\""))
                .isEmpty(), "a sub-extension of the wrong type is an error");
        assertFalse(validation.errors(org.replace("/cpts-launch\"", "/cpts-unknown\"")).isEmpty(),
                "an extension no StructureDefinition defines is an error");
        WriteFixtures.delete(id);
    }

    /** The DocumentReference paths of every source a bundle's resources reference. */
    static List<String> references(JsonPath bundle) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(DocumentReference/[A-Za-z0-9.-]+)\"")
                .matcher(bundle.prettify());
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String get(String path) {
        return given().urlEncodingEnabled(false).get("/fhir/r4/" + path).then().statusCode(200).extract().asString();
    }

    static void assertValid(Map<String, String> served) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        served.forEach((what, json) -> {
            List<String> found = validation.errors(json);
            if (!found.isEmpty()) {
                errors.put(what, found);
            }
        });
        assertEquals(Map.of(), errors, "validation errors");
    }
}
