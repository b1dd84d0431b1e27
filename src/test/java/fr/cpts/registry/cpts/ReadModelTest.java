package fr.cpts.registry.cpts;

import static fr.cpts.registry.Seeds.CAPACITES;
import static fr.cpts.registry.Seeds.LUXEUIL;
import static fr.cpts.registry.Seeds.SOURCE_HAUT_DOUBS;
import static fr.cpts.registry.WriteFixtures.contract;
import static fr.cpts.registry.WriteFixtures.editor;
import static fr.cpts.registry.WriteFixtures.etag;
import static fr.cpts.registry.WriteFixtures.membership;
import static fr.cpts.registry.WriteFixtures.missions;
import static fr.cpts.registry.WriteFixtures.patch;
import static fr.cpts.registry.WriteFixtures.stage;
import static fr.cpts.registry.WriteFixtures.territoryOfCommunes;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import fr.cpts.registry.TestSql;
import fr.cpts.registry.WriteFixtures;

/**
 * The read model serves only what is current: a change made outside the API, or a row of another format, is computed
 * instead until refreshed; coverage figures follow any change to what they count, the API's or not.
 */
@QuarkusTest
class ReadModelTest {

    @Inject
    TestSql sql;

    @Inject
    CptsReadModelRefresher refresher;

    @Inject
    CptsReadModel model;

    @Inject
    CptsService service;

    @Inject
    ObjectMapper mapper;

    @Test
    void aChangeMadeOutsideTheApiIsServedAtOnceThenStored() throws SQLException {
        refresher.refreshStale();
        String name = given().get("/v1/cpts/" + LUXEUIL).then().statusCode(200).extract().path("name");
        try {
            sql.execute("UPDATE cpts SET name = 'CPTS Luxeuil (corrigée à la main)', version = version + 1 WHERE id = '"
                    + LUXEUIL + "'");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/v1/cpts/" + LUXEUIL).then()
                    .statusCode(200).body("name", equalTo("CPTS Luxeuil (corrigée à la main)")));
            given().queryParam("department", "70").get("/v1/cpts").then().statusCode(200)
                    .body("items.name", hasItem("CPTS Luxeuil (corrigée à la main)"));
            given().get("/v1/exports/cpts.csv").then().statusCode(200)
                    .body(containsString("CPTS Luxeuil (corrigée à la main)"));
            assertEquals(1, refresher.refreshStale(), "the changed CPTS is stored again, and only it");
            assertEquals(1, sql.scalar("SELECT count(*) FROM cpts_read_model v JOIN cpts c ON c.id = v.cpts_id "
                    + "AND c.version = v.version WHERE c.id = '" + LUXEUIL + "' AND convert_from(v.detail, 'UTF8') "
                    + "LIKE '%corrigée à la main%'"));
        } finally {
            sql.execute("UPDATE cpts SET name = '" + name + "', version = version + 1 WHERE id = '" + LUXEUIL + "'");
            refresher.refreshStale();
        }
    }

    @Test
    void aRowOfAnotherFormatIsNeverServed() throws SQLException {
        refresher.refreshStale();
        sql.execute("UPDATE cpts_read_model SET format = format - 1, detail = convert_to('{\"stale\": true}', 'UTF8') "
                + "WHERE cpts_id = '" + CAPACITES + "'; UPDATE cpts SET summary_format = summary_format - 1, "
                + "summary = convert_to('{\"stale\": true}', 'UTF8') WHERE id = '" + CAPACITES + "'");
        // No notification for this table: the response cache may still hold the representation, which is current.
        sql.execute("NOTIFY cpts_changes");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/v1/cpts/" + CAPACITES).then()
                .statusCode(200).body("id", equalTo(CAPACITES)).body("name", containsString("CaPaciTéS")));
        given().queryParam("department", "25").get("/v1/cpts").then().statusCode(200)
                .body("items.id", hasItem(CAPACITES));
        given().get("/v1/exports/cpts.csv").then().statusCode(200).body(containsString(CAPACITES));
        assertEquals(1, refresher.refreshStale());
        assertEquals(1, sql.scalar("SELECT count(*) FROM cpts WHERE id = '" + CAPACITES + "' AND summary_format = "
                + CptsReadModel.FORMAT + " AND convert_from(summary, 'UTF8') LIKE '%" + CAPACITES + "%'"),
                "the summary is stored again");
    }

    /** ?mission= filters on the codes kept on the CPTS row (V22), by triggers: a change made outside the API shows. */
    @Test
    void theMissionFilterFollowsAChangeMadeOutsideTheApi() throws SQLException {
        String quality = "/v1/cpts?mission=QUALITY_AND_RELEVANCE&limit=200";
        String support = "/v1/cpts?mission=PROFESSIONAL_SUPPORT&limit=200";
        given().get(quality).then().statusCode(200).body("items.id", not(hasItem(LUXEUIL)));
        try {
            sql.execute("INSERT INTO cpts_mission (cpts_id, mission_code, source_id) VALUES ('" + LUXEUIL
                    + "', 'QUALITY_AND_RELEVANCE', '" + SOURCE_HAUT_DOUBS + "')");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get(quality).then().statusCode(200)
                    .body("items.id", hasItem(LUXEUIL)));
            sql.execute("UPDATE cpts_mission SET mission_code = 'PROFESSIONAL_SUPPORT' WHERE cpts_id = '" + LUXEUIL + "'");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get(quality).then().statusCode(200)
                    .body("items.id", not(hasItem(LUXEUIL))));
            given().get(support).then().statusCode(200).body("items.id", hasItem(LUXEUIL));
            assertEquals(List.of("PROFESSIONAL_SUPPORT"),
                    sql.strings("SELECT unnest(mission_codes) FROM cpts WHERE id = '" + LUXEUIL + "'"));
        } finally {
            sql.execute("DELETE FROM cpts_mission WHERE cpts_id = '" + LUXEUIL + "'");
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get(support).then().statusCode(200)
                .body("items.id", not(hasItem(LUXEUIL))));
        assertEquals(0, sql.scalar("SELECT cardinality(mission_codes) FROM cpts WHERE id = '" + LUXEUIL + "'"));
    }

    @Test
    void coverageFollowsAChangeMadeOutsideTheApi() throws SQLException {
        String path = "/v1/coverage?department=25";
        long covered = given().get(path).then().statusCode(200).extract().jsonPath()
                .getLong("figures.coveredByOperatingCpts.population");
        try {
            // CaPaciTéS (197,061 inhabitants listed) stops being counted as operating.
            sql.execute("UPDATE cpts SET status = 'HEALTH_PROJECT_VALIDATED', version = version + 1 WHERE id = '" + CAPACITES
                    + "'");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get(path).then().statusCode(200)
                    .body("figures.coveredByOperatingCpts.population", equalTo((int) covered - 197061)));
            assertTrue(sql.scalar("SELECT count(*) FROM coverage_stale") > 0, "the department is computed live");
            sql.execute("SELECT refresh_coverage()");
            assertEquals(0, sql.scalar("SELECT count(*) FROM coverage_stale"));
            sql.execute("NOTIFY cpts_changes");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get(path).then().statusCode(200)
                    .body("figures.coveredByOperatingCpts.population", equalTo((int) covered - 197061)));
        } finally {
            sql.execute("UPDATE cpts SET status = 'ACI_SIGNED', version = version + 1 WHERE id = '" + CAPACITES + "'");
            sql.execute("SELECT refresh_coverage()");
            refresher.refreshStale();
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get(path).then().statusCode(200)
                .body("figures.coveredByOperatingCpts.population", equalTo((int) covered)));
    }

    /**
     * A write reads again only the parts of the representation it changes ({@link CptsPart}) and takes the others
     * from the representation before it: after each kind of write, the stored representation is the one computed from
     * the entities.
     */
    @Test
    void everyKindOfWriteStoresWhatTheEntitiesShow() throws IOException, SQLException {
        String id = WriteFixtures.create();
        try {
            assertStoredIsComputed(id);
            // A summary in cpts_read_model, as the previous release stores it (V22): the next write clears it.
            sql.execute("UPDATE cpts_read_model SET summary = convert_to('{}', 'UTF8') WHERE cpts_id = '" + id + "'");
            String path = "/v1/cpts/" + id;
            editor(etag(id)).body(stage("LETTER_OF_INTENT_VALIDATED", "2023-03", "MONTH")).post(path + "/lifecycle")
                    .then().statusCode(200);
            assertStoredIsComputed(id);
            editor(etag(id)).body(missions("PREVENTION", "HEALTH_CRISIS_RESPONSE")).put(path + "/missions").then().statusCode(200);
            assertStoredIsComputed(id);
            editor(etag(id)).body(membership("2024-09-01", 120, "AT_LEAST")).post(path + "/membership").then()
                    .statusCode(201);
            assertStoredIsComputed(id);
            editor(etag(id)).body(contract("2024-06", "MONTH")).put(path + "/contract").then().statusCode(200);
            assertStoredIsComputed(id);
            editor(etag(id)).body(territoryOfCommunes("25056", "70285")).put(path + "/territory").then().statusCode(200);
            assertStoredIsComputed(id);
            patch(id, etag(id), "{\"legalForm\": \"ASSOCIATION\", \"departments\": []}").then().statusCode(200);
            assertStoredIsComputed(id);
            editor(etag(id)).delete(path + "/territory").then().statusCode(204);
            assertStoredIsComputed(id);
        } finally {
            WriteFixtures.delete(id);
        }
    }

    private void assertStoredIsComputed(String id) throws IOException, SQLException {
        JsonNode stored = mapper.readTree(model.detail(id).orElseThrow().value());
        CptsDetail computed = service.computed(id, service::detail).value();
        assertEquals(mapper.valueToTree(computed), stored, "the stored detail of " + id + " after " + stored.get("updatedAt"));
        List<String> summary = sql.strings("SELECT convert_from(summary, 'UTF8') FROM cpts WHERE id = '" + id
                + "' AND summary_version = version AND summary_format = " + CptsReadModel.FORMAT);
        assertEquals(1, summary.size(), "a current summary of " + id + " is stored");
        assertEquals(mapper.valueToTree(CptsSummary.of(computed)), mapper.readTree(summary.get(0)),
                "the stored summary of " + id);
        // The previous release, still serving during a rollout, reads summaries from cpts_read_model (V22): a write
        // leaves none there that it would serve as current.
        assertEquals(0, sql.scalar("SELECT count(*) FROM cpts_read_model WHERE cpts_id = '" + id
                + "' AND summary IS NOT NULL"), "a summary of " + id + " the previous release would serve");
        assertEquals(sql.strings("SELECT mission_code FROM cpts_mission WHERE cpts_id = '" + id + "' ORDER BY 1"),
                sql.strings("SELECT unnest(mission_codes) FROM cpts WHERE id = '" + id + "'"), "the mission codes of " + id);
    }
}
