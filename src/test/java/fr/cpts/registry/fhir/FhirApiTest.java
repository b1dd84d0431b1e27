package fr.cpts.registry.fhir;

import static fr.cpts.registry.Seeds.CPTS_COUNT;
import static fr.cpts.registry.Seeds.HERICOURT;
import static fr.cpts.registry.Seeds.CAPACITES;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.WriteFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class FhirApiTest {

    static final String FHIR_JSON = "application/fhir+json";
    static final String BASE = "/fhir/r4/";

    static String fhirId(String registryId) {
        return registryId.replace('_', '-');
    }

    /** An OperationOutcome of this status and issue code, showing nothing internal. */
    static ValidatableResponse outcome(ValidatableResponse response, int status, String code) {
        return response.statusCode(status).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].severity", equalTo("error"))
                .body("issue[0].code", equalTo(code))
                .body(not(containsString("Exception")));
    }

    @Test
    void metadataIsACapabilityStatement() {
        given().get(BASE + "metadata").then().statusCode(200).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].resource.find { it.type == 'Organization' }.searchParam.name",
                        hasItem("commune"));
    }

    @Test
    void readsAnOrganizationWithItsFacts() {
        String id = fhirId(HERICOURT);
        given().get(BASE + "Organization/" + id).then().statusCode(200).contentType(startsWith(FHIR_JSON))
                .header("ETag", startsWith("W/\""))
                .header("Last-Modified", notNullValue())
                .body("resourceType", equalTo("Organization"))
                .body("id", equalTo(id))
                .body("identifier[0].value", equalTo(HERICOURT))
                .body("type[0].coding[0].code", equalTo("604"))
                .body("active", equalTo(true))
                .body("name", equalTo("CPTS du Pays d'Héricourt"))
                .body("extension.find { it.url.endsWith('/cpts-territory') }.extension.find { it.url == 'declaredPopulation' }"
                        + ".valueQuantity.comparator", equalTo(">="))
                .body("extension.find { it.url.endsWith('/aci-contract') }.extension.find { it.url == 'engagement' }"
                        + ".valueCoding.code", equalTo("ACI"));
    }

    @Test
    void conditionalReadAnswers304() {
        String etag = given().get(BASE + "Organization/" + fhirId(HERICOURT)).then().statusCode(200).extract()
                .header("ETag");
        given().header("If-None-Match", etag).get(BASE + "Organization/" + fhirId(HERICOURT)).then().statusCode(304)
                .header("ETag", equalTo(etag));
        String version = etag.substring(3, etag.length() - 1);
        given().get(BASE + "Organization/" + fhirId(HERICOURT) + "/_history/" + version).then().statusCode(200)
                .body("meta.versionId", equalTo(version));
        outcome(given().get(BASE + "Organization/" + fhirId(HERICOURT) + "/_history/999999").then(), 404, "not-found");
    }

    @Test
    void unknownIdsAndBadParametersAreOperationOutcomes() {
        outcome(given().get(BASE + "Organization/cpts-000000000000").then(), 404, "not-found");
        outcome(given().get(BASE + "Organization/has_underscore").then(), 404, "not-found");
        outcome(given().get(BASE + "Nothing").then(), 404, "not-found");
        outcome(given().queryParam("nom", "x").get(BASE + "Organization").then(), 400, "invalid")
                .body("issue[1].expression[0]", equalTo("nom"));
        outcome(given().queryParam("_count", "0").get(BASE + "Organization").then(), 400, "invalid");
        given().queryParam("_count", "5000").get(BASE + "Organization").then().statusCode(200)
                .body("entry", hasSize(CPTS_COUNT));
        outcome(given().queryParam("_format", "xml").get(BASE + "Organization").then(), 406, "not-supported");
        outcome(given().accept("application/fhir+xml").get(BASE + "metadata").then(), 406, "not-supported");
        outcome(given().body("{}").contentType(FHIR_JSON).post(BASE + "Organization/" + fhirId(HERICOURT)).then(),
                405, "not-supported");
    }

    @Test
    void lenientHandlingIgnoresUnknownParametersAndLeavesThemOutOfLinks() {
        given().header("Prefer", "handling=lenient").queryParam("nom", "x").queryParam("_count", 2)
                .get(BASE + "Organization").then().statusCode(200)
                .body("total", equalTo(CPTS_COUNT))
                .body("entry", hasSize(2))
                .body("link.find { it.relation == 'self' }.url", endsWith("/fhir/r4/Organization?_count=2"))
                .body("link.find { it.relation == 'next' }.url", containsString("/fhir/r4/Organization?_count=2&_cursor="));
    }

    @Test
    void searchPagesKeepTheFiltersAndNeitherRepeatNorSkip() {
        List<String> all = ids(given().queryParam("_count", 200).queryParam("type", "604")
                .get(BASE + "Organization").then().statusCode(200).extract().jsonPath());
        assertEquals(CPTS_COUNT, all.size());
        List<String> paged = new ArrayList<>();
        String next = BASE + "Organization?type=604&_count=4";
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            paged.addAll(ids(page));
            next = page.getString("link.find { it.relation == 'next' }.url");
            assertTrue(next == null || next.contains("type=604"), next);
        }
        assertEquals(all, paged);
        assertEquals(all.size(), new HashSet<>(all).size());
    }

    @Test
    void searchesByNameCommuneIdentifierAndActivity() {
        given().queryParam("name", "cpts du pays d'heri").get(BASE + "Organization").then().statusCode(200)
                .body("total", equalTo(1)).body("entry[0].resource.id", equalTo(fhirId(HERICOURT)));
        given().queryParam("name:contains", "hericourt").get(BASE + "Organization").then().statusCode(200)
                .body("total", equalTo(1));
        given().queryParam("name:exact", "CPTS du Pays d'Héricourt").get(BASE + "Organization").then()
                .statusCode(200).body("total", equalTo(1));
        given().queryParam("name:exact", "cpts du pays d'héricourt").get(BASE + "Organization").then()
                .statusCode(200).body("total", equalTo(0));
        given().queryParam("commune", "70285").get(BASE + "Organization").then().statusCode(200)
                .body("entry.resource.id", hasItem(fhirId(HERICOURT)));
        given().queryParam("identifier", HERICOURT).get(BASE + "Organization").then().statusCode(200)
                .body("total", equalTo(1));
        given().queryParam("_id", fhirId(HERICOURT) + "," + fhirId(CAPACITES)).get(BASE + "Organization").then()
                .statusCode(200).body("total", equalTo(2));
        given().queryParam("type", "999").get(BASE + "Organization").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("active", "false").get(BASE + "Organization").then().statusCode(200)
                .body("entry.resource.active", everyItem(equalTo(false)));
        given().queryParam("_summary", "count").get(BASE + "Organization").then().statusCode(200)
                .body("total", equalTo(CPTS_COUNT)).body("entry", nullValue());
        given().queryParam("_lastUpdated", "gt2000-01-01").queryParam("_lastUpdated", "lt2999-01-01T00:00:00Z")
                .get(BASE + "Organization").then().statusCode(200).body("total", equalTo(CPTS_COUNT));
        given().queryParam("_lastUpdated", "ge2999-01-01").get(BASE + "Organization").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void revincludeAddsTheMissions() {
        given().queryParam("_id", fhirId(HERICOURT)).queryParam("_revinclude", "HealthcareService:organization")
                .get(BASE + "Organization").then().statusCode(200)
                .body("entry.find { it.search.mode == 'include' }.resource.resourceType", equalTo("HealthcareService"))
                .body("entry.findAll { it.search.mode == 'include' }.resource.providedBy.reference",
                        everyItem(equalTo("Organization/" + fhirId(HERICOURT))));
        given().queryParam("service-type", "PREVENTION").get(BASE + "HealthcareService").then().statusCode(200)
                .body("entry.resource.type[0].coding[0].code", everyItem(equalTo("PREVENTION")));
    }

    /** The territory search finds what the JSON API's commune filter finds (a commune, its districts, its city). */
    @Test
    void communeSearchAgreesWithTheJsonApi() {
        for (String code : List.of("25056", "70285", "25462", "90010")) {
            List<String> json = given().queryParam("commune", code).queryParam("limit", 200).get("/v1/cpts").then()
                    .statusCode(200).extract().jsonPath().getList("items.id", String.class);
            List<String> fhir = ids(given().queryParam("commune", code).queryParam("_count", 200)
                    .get(BASE + "Organization").then().statusCode(200).extract().jsonPath());
            assertEquals(new HashSet<>(json.stream().map(FhirApiTest::fhirId).toList()), new HashSet<>(fhir), code);
        }
    }

    /** FHIR reads and searches are served from the response cache until a write touches them, then show the write. */
    @Test
    void cachedReadsAndSearchesShowTheNextWrite() {
        String id = WriteFixtures.create();
        String path = BASE + "Organization/" + fhirId(id);
        for (int i = 0; i < 2; i++) {   // the second answer comes from the cache: the same headers
            given().get(path).then().statusCode(200).body("meta.versionId", equalTo("0"))
                    .header("ETag", equalTo("W/\"0\"")).header("Last-Modified", notNullValue());
            given().queryParam("_id", fhirId(id)).get(BASE + "Organization").then().statusCode(200)
                    .body("entry[0].resource.meta.versionId", equalTo("0"));
        }
        given().header("If-None-Match", "W/\"0\"").get(path).then().statusCode(304);
        WriteFixtures.patch(id, WriteFixtures.etag(id), "{\"legalForm\": \"ASSOCIATION\"}").then().statusCode(200);
        given().get(path).then().statusCode(200).body("meta.versionId", equalTo("1"));
        given().queryParam("_id", fhirId(id)).get(BASE + "Organization").then().statusCode(200)
                .body("entry[0].resource.meta.versionId", equalTo("1"));
        given().header("If-None-Match", "W/\"0\"").get(path).then().statusCode(200);
        WriteFixtures.delete(id);
        outcome(given().get(path).then(), 410, "deleted");
        given().queryParam("_id", fhirId(id)).get(BASE + "Organization").then().statusCode(200)
                .body("total", equalTo(0));
    }

    static List<String> ids(JsonPath bundle) {
        List<String> ids = bundle.getList("entry.resource.id");
        return ids == null ? List.of() : ids;
    }
}
