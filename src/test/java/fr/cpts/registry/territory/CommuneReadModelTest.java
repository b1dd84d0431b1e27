package fr.cpts.registry.territory;

import static fr.cpts.registry.Seeds.CAPACITES;
import static fr.cpts.registry.WriteFixtures.editor;
import static fr.cpts.registry.WriteFixtures.etag;
import static fr.cpts.registry.WriteFixtures.patch;
import static fr.cpts.registry.WriteFixtures.territoryOfCommunes;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import fr.cpts.registry.TestSql;
import fr.cpts.registry.WriteFixtures;
import fr.cpts.registry.cpts.CptsReadModelRefresher;

/**
 * Communes are served from their stored representation (V21) only when it is what they would be computed as: after
 * every kind of change to what a commune shows of the CPTS covering it, through the API or not.
 */
@QuarkusTest
class CommuneReadModelTest {

    /** Communes of CaPaciTéS, a municipal district and its city, and communes of department 70. */
    private static final List<String> SAMPLE = List.of("25056", "25014", "75113", "75056", "70285", "70550", "2A004");

    @Inject
    DataSource dataSource;

    @Inject
    TestSql sql;

    @Inject
    CptsReadModelRefresher refresher;

    @Inject
    CommuneService service;

    @Inject
    CommuneReadModel model;

    @Test
    void everyStoredCommuneIsTheComputedOneAndIsWhatIsServed() throws SQLException {
        refresher.refreshStale();
        assertEquals(0, sql.scalar("SELECT count(*) FROM commune_read_model WHERE representation IS NULL"),
                "every commune is stored");
        List<String> codes = new ArrayList<>(SAMPLE);
        codes.addAll(sql.strings("SELECT DISTINCT commune_code FROM cpts_commune ORDER BY 1"));
        for (String code : codes) {
            byte[] stored = stored(code);
            assertArrayEquals(computed(code), stored, code);
            assertArrayEquals(stored, given().get("/v1/communes/" + code).then().statusCode(200).extract().asByteArray(),
                    code);
        }
    }

    @Test
    void aWriteStoresTheCommunesItChanges() throws SQLException {
        String id = WriteFixtures.create();
        String path = "/v1/cpts/" + id;
        try {
            // A municipal district (its city shows the CPTS as PARTIAL) and a commune.
            editor(etag(id)).body(territoryOfCommunes("75113", "70285")).put(path + "/territory").then().statusCode(200);
            assertStoredShows(id, true, "75113", "75056", "70285");
            given().get("/v1/communes/75056").then().statusCode(200).body("cpts.findAll { it.id == '" + id
                    + "' }.coverage", hasItem("PARTIAL"));

            patch(id, etag(id), "{\"name\": \"CPTS renommee pour le test des communes\"}").then().statusCode(200);
            assertStoredShows(id, true, "75113", "75056", "70285");
            assertTrue(new String(stored("70285")).contains("CPTS renommee pour le test des communes"));

            editor(etag(id)).body(territoryOfCommunes("70285")).put(path + "/territory").then().statusCode(200);
            assertStoredShows(id, false, "75113", "75056");
            assertStoredShows(id, true, "70285");

            WriteFixtures.delete(id);
            assertStoredShows(id, false, "70285");
        } finally {
            WriteFixtures.delete(id);
        }
    }

    @Test
    void aChangeMadeOutsideTheApiIsServedAtOnceThenStored() throws SQLException {
        refresher.refreshStale();
        String name = given().get("/v1/cpts/" + CAPACITES).then().statusCode(200).extract().path("name");
        try {
            sql.execute("UPDATE cpts SET name = 'CaPaciTéS (corrigée à la main)', version = version + 1 WHERE id = '"
                    + CAPACITES + "'");
            assertTrue(sql.scalar("SELECT count(*) FROM commune_stale WHERE commune_code = '25014'") > 0);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/v1/communes/25014").then()
                    .statusCode(200).body("cpts.name", hasItem("CaPaciTéS (corrigée à la main)")));
            refresher.refreshStale();
            assertEquals(0, sql.scalar("SELECT count(*) FROM commune_stale"));
            assertTrue(new String(stored("25014")).contains("CaPaciTéS (corrigée à la main)"));
            assertArrayEquals(computed("25014"), stored("25014"));
        } finally {
            sql.execute("UPDATE cpts SET name = '" + name + "', version = version + 1 WHERE id = '" + CAPACITES + "'");
            refresher.refreshStale();
        }
    }

    @Test
    void aRowOfAnotherFormatIsNeverServed() throws SQLException {
        refresher.refreshStale();
        try {
            sql.execute("UPDATE commune_read_model SET format = format + 1, representation = convert_to('{\"stale\": true}', "
                    + "'UTF8') WHERE commune_code = '25056'");
            sql.execute("NOTIFY cpts_changes");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertArrayEquals(computed("25056"),
                    given().get("/v1/communes/25056").then().statusCode(200).extract().asByteArray()));
            refresher.refreshStale();
            assertTrue(new String(stored("25056")).contains("stale"), "a later format's row is left to its release");
        } finally {
            sql.execute("UPDATE commune_read_model SET format = 0 WHERE commune_code = '25056'");
            refresher.refreshStale();
        }
        assertArrayEquals(computed("25056"), stored("25056"));
    }

    /** The stored representations of these communes are current, and do or do not name the CPTS. */
    private void assertStoredShows(String id, boolean shows, String... codes) throws SQLException {
        assertEquals(0, sql.scalar("SELECT count(*) FROM commune_stale"), "the write stored what it made stale");
        for (String code : codes) {
            byte[] stored = stored(code);
            assertArrayEquals(computed(code), stored, code);
            assertEquals(shows, new String(stored).contains(id), code);
            given().get("/v1/communes/" + code).then().statusCode(200)
                    .body("cpts.id", shows ? hasItem(id) : not(hasItem(id)));
        }
    }

    private byte[] computed(String code) {
        return model.json(service.computed(new String[] { code }).get(code));
    }

    private byte[] stored(String code) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection
                .prepareStatement("SELECT representation FROM commune_read_model WHERE commune_code = ?")) {
            statement.setString(1, code);
            try (var result = statement.executeQuery()) {
                assertTrue(result.next(), code);
                byte[] bytes = result.getBytes(1);
                assertNotNull(bytes, code + " is stored");
                return bytes;
            }
        }
    }
}
