package fr.cpts.registry.http;

import static fr.cpts.registry.Seeds.LUXEUIL;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.cpts.registry.TestSql;
import fr.cpts.registry.WriteFixtures;
import fr.cpts.registry.cpts.CptsReadModelRefresher;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The per-replica response cache: it serves what it computed until PostgreSQL says the data changed, and is off
 * while it cannot hear PostgreSQL. A change made with triggers disabled (session_replication_role = replica) is not
 * notified, which makes visible whether a representation came from memory.
 */
@QuarkusTest
class ResponseCacheTest {

    private static final String NAME = "CPTS Luxeuil";
    private static final String RENAMED = "CPTS renommée sans notification";
    private static final String PATH = "/v1/cpts/" + LUXEUIL;
    /** A list with Luxeuil (Haute-Saône). */
    private static final String LIST = "/v1/cpts?department=70";

    @Inject
    TestSql sql;

    @Inject
    CptsReadModelRefresher refresher;

    @AfterEach
    void restore() throws SQLException {
        silently(rename(NAME));
        sql.execute("NOTIFY cpts_changes");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get(PATH).then().body("name", equalTo(NAME)));
    }

    @Test
    void servesFromMemoryUntilPostgresqlNotifiesAChange() throws SQLException {
        assertTrue(cachedAcrossASilentRename(), "the representation was computed again without any notification");
        // Asking for JSON explicitly is asking for the same representation (RestAssured sends Accept: */*).
        given().accept("application/json").get(PATH).then().statusCode(200).body("name", equalTo(NAME));
        String etag = given().get(PATH).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(PATH).then().statusCode(304).body(emptyString());

        sql.execute("NOTIFY cpts_changes");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> given().get(PATH).then().statusCode(200).body("name", equalTo(RENAMED)));
    }

    /**
     * Warms the cache with these representations, renames without notification and reads them again: each still has
     * the old name. A notification of an earlier test may still be on its way and empty the cache in between, or the
     * listener be reconnecting: then the round is tried again.
     */
    private boolean cachedAcrossASilentRename(String... paths) throws SQLException {
        List<String> warmed = paths.length == 0 ? List.of(PATH) : List.of(paths);
        for (int round = 0; round < 10; round++) {
            warmed.forEach(path -> given().get(path).then().statusCode(200).body(containsString(NAME)));
            renameWithoutNotification();
            if (warmed.stream().allMatch(path -> given().get(path).then().statusCode(200).extract().asString()
                    .contains(NAME))) {
                return true;
            }
            restore();
            await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        }
        return false;
    }

    /** A write drops what it touches (here: lists, by creating a CPTS) and keeps the rest (Luxeuil's detail). */
    @Test
    void aWriteKeepsWhatItDoesNotTouch() throws SQLException {
        assertTrue(cachedAcrossASilentRename(), "the representation was computed again without any notification");
        String created = WriteFixtures.create();
        try {
            given().get(LIST).then().statusCode(200).body("items.name", hasItem(RENAMED));
            given().get(PATH).then().statusCode(200).body("name", equalTo(NAME));
        } finally {
            WriteFixtures.delete(created);
        }
    }

    /** Another replica's write, notified with the scopes it touched: only those are dropped here. */
    @Test
    void aNotificationDropsTheScopesItNames() throws SQLException {
        assertTrue(cachedAcrossASilentRename(PATH, LIST), "computed again without any notification");
        sql.execute("NOTIFY cpts_changes, 'lists writes'");
        // Delivered once the list shows the rename; the detail, in another scope, stays as it was.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> given().get(LIST).then().body("items.name", hasItem(RENAMED)));
        given().get(PATH).then().statusCode(200).body("name", equalTo(NAME));
        sql.execute("NOTIFY cpts_changes, 'cpts:" + LUXEUIL + "'");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> given().get(PATH).then().statusCode(200).body("name", equalTo(RENAMED)));
    }

    /**
     * The read model's refresher storing what a change made stale (here Luxeuil's representations, its summary on its
     * row included) changes nothing readers see: it notifies nothing, and the replicas keep their caches.
     */
    @Test
    void storingTheReadModelAgainNotifiesNothing() throws SQLException {
        assertTrue(cachedAcrossASilentRename(), "the representation was computed again without any notification");
        assertEquals(1, refresher.refreshStale(), "Luxeuil's representations are stored again");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .untilAsserted(() -> given().get(PATH).then().statusCode(200).body("name", equalTo(NAME)));
    }

    @Test
    void isOffWhileNotListening() throws SQLException {
        given().get(PATH).then().statusCode(200).body("name", equalTo(NAME));
        renameWithoutNotification();
        sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE application_name = 'cpts-registry-notifications' AND datname = current_database()");
        // The listener sees its connection go and turns the cache off: fresh data without any notification.
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> given().get(PATH).then().statusCode(200).body("name", equalTo(RENAMED)));
    }

    @Test
    void otherRepresentationsAreNotCached() throws SQLException {
        given().get("/v1/exports/cpts.ndjson").then().statusCode(200);
        renameWithoutNotification();
        given().get("/v1/exports/cpts.ndjson").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(RENAMED));
    }

    private void renameWithoutNotification() throws SQLException {
        silently(rename(RENAMED));
    }

    /** A change of the name, with a new version as any change must have (the read model serves a version). */
    private static String rename(String name) {
        return "UPDATE cpts SET name = '" + name + "', version = version + 1 WHERE id = '" + LUXEUIL + "'";
    }

    /** Runs a statement with the triggers off for this session: PostgreSQL notifies nobody. */
    private void silently(String statement) throws SQLException {
        sql.execute("SET session_replication_role = replica; " + statement + "; RESET session_replication_role");
    }
}
