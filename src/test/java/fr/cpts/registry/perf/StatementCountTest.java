package fr.cpts.registry.perf;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import fr.cpts.registry.SqlStatements;
import fr.cpts.registry.WriteFixtures;
import fr.cpts.registry.cpts.CptsReadModelRefresher;

/**
 * Keeps the number of SQL statements per request from growing: a budget per operation, and lists whose count does
 * not depend on the page size (no N+1).
 */
@QuarkusTest
@TestProfile(StatementCountTest.Uncached.class)
class StatementCountTest {

    /**
     * Counts what a request costs when computed, not when the response cache answers it. The statistics are global,
     * so the scheduled metrics refresh is off: its statements would land in a request's count now and then.
     */
    public static class Uncached implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cpts.cache.enabled", "false", "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    SqlStatements statements;

    @Inject
    CptsReadModelRefresher readModel;

    @BeforeEach
    void enable() {
        // Counts the read model's path, not the fallback of a CPTS not stored yet (the refresher runs from startup).
        readModel.refreshStale();
    }

    @ParameterizedTest(name = "{0}: at most {1} statements")
    @CsvSource({
            "/v1/cpts/cpts_18nn34zvb449, 1",
            "/v1/cpts/cpts_18nn34zvb449/contract, 2",
            "/v1/cpts/cpts_18nn34zvb449/missions, 5",
            "/v1/cpts/cpts_18nn34zvb449/membership, 4",
            "/v1/cpts/cpts_18nn34zvb449/territory, 8",
            "/v1/cpts/cpts_18nn34zvb449/history, 3",
            "/v1/cpts?limit=50, 1",
            "/v1/cpts?commune=25056, 2",
            "/v1/communes/25056, 1",
            "/v1/communes?postalCode=25000, 1",
            "/v1/coverage, 1",
            "/v1/coverage?region=27, 1",
            "/v1/changes?limit=100, 1",
            "/v1/missions, 2",
            "/v1/sources, 1",
            "/v1/reported-figures, 4",
            "/fhir/r4/Organization/cpts-18nn34zvb449, 2",
            "/fhir/r4/Organization?_count=20, 4",
            "/fhir/r4/Organization/_history?_count=20, 3",
    })
    void withinBudget(String path, int budget) {
        given().get(path).then().statusCode(200); // warm the per-process reference caches
        long statements = statementsOf(path);
        assertTrue(statements <= budget, path + " ran " + statements + " statements, budget " + budget);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/v1/cpts?limit=", "/v1/cpts?sort=-aciSignedOn&limit=", "/v1/communes?department=25&limit=",
            "/v1/sources?limit=", "/v1/reported-figures?limit=", "/v1/cpts/cpts_18nn34zvb449/history?limit=",
            "/fhir/r4/Organization?_count=", "/fhir/r4/Organization?_revinclude=HealthcareService:organization&_count=",
            "/fhir/r4/HealthcareService?_count=", "/fhir/r4/Organization/_history?_count=" })
    void listsCostTheSameWhateverTheirPageSize(String path) {
        given().get(path + 10).then().statusCode(200);
        assertEquals(statementsOf(path + 10), statementsOf(path + 19), path + ": statements grow with the page size");
    }

    /** A conditional GET naming the current version is answered from the version alone, however costly the body. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "/v1/cpts/cpts_18nn34zvb449", "/v1/cpts/cpts_18nn34zvb449/contract",
            "/v1/cpts/cpts_18nn34zvb449/missions", "/v1/cpts/cpts_18nn34zvb449/membership" })
    void aCurrentVersionCostsOneStatement(String path) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        long before = statements.count();
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
        assertEquals(1, statements.count() - before, path);
    }

    /**
     * A PATCH is as many round trips to PostgreSQL, each waiting for a CPU slot under a read load: lock, the
     * representation before, the collections the patch covers, the sources' existence, the update, the read model
     * with coverage, the change with its notification (issue 13). The parts of the representation written through
     * other operations (lifecycle, contract, missions, membership) are not read again.
     */
    @Test
    void aPatchStaysWithinItsRoundTrips() {
        String id = WriteFixtures.create();
        try {
            WriteFixtures.patch(id, WriteFixtures.etag(id), "{\"legalForm\": null}").then().statusCode(200);
            String etag = WriteFixtures.etag(id);
            long before = statements.count();
            WriteFixtures.patch(id, etag, "{\"legalForm\": \"ASSOCIATION\"}").then().statusCode(200);
            long patch = statements.count() - before;
            assertTrue(patch <= 9, "a PATCH ran " + patch + " statements, budget 9");
        } finally {
            WriteFixtures.delete(id);
        }
    }

    @Test
    void exportsStreamByChunksNotByRow() {
        given().get("/v1/exports/cpts.ndjson").then().statusCode(200);
        long statements = statementsOf("application/x-ndjson", "/v1/exports/cpts.ndjson");
        assertTrue(statements <= 3, "an NDJSON export of 19 CPTS ran " + statements + " statements");
    }

    private long statementsOf(String path) {
        return statementsOf("application/json", path);
    }

    private long statementsOf(String accept, String path) {
        long before = statements.count();
        given().accept(accept).get(path).then().statusCode(200);
        return statements.count() - before;
    }
}
