package fr.cpts.registry.http;

import static fr.cpts.registry.Seeds.LUXEUIL;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

    @Inject
    DataSource dataSource;

    @AfterEach
    void restore() throws SQLException {
        silently("UPDATE cpts SET name = '" + NAME + "' WHERE id = '" + LUXEUIL + "'");
        sql("NOTIFY cpts_changes");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get(PATH).then().body("name", equalTo(NAME)));
    }

    @Test
    void servesFromMemoryUntilPostgresqlNotifiesAChange() throws SQLException {
        assertTrue(cachedAcrossASilentRename(), "the representation was computed again without any notification");
        // Asking for JSON explicitly is asking for the same representation (RestAssured sends Accept: */*).
        given().accept("application/json").get(PATH).then().statusCode(200).body("name", equalTo(NAME));
        String etag = given().get(PATH).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(PATH).then().statusCode(304).body(emptyString());

        sql("NOTIFY cpts_changes");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> given().get(PATH).then().statusCode(200).body("name", equalTo(RENAMED)));
    }

    /**
     * Warms the cache, renames without notification and reads again. A notification of an earlier test may still be
     * on its way and empty the cache in between, or the listener be reconnecting: then the round is tried again.
     */
    private boolean cachedAcrossASilentRename() throws SQLException {
        for (int round = 0; round < 10; round++) {
            given().get(PATH).then().statusCode(200).body("name", equalTo(NAME));
            renameWithoutNotification();
            if (NAME.equals(given().get(PATH).then().statusCode(200).extract().path("name"))) {
                return true;
            }
            restore();
            await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        }
        return false;
    }

    @Test
    void isOffWhileNotListening() throws SQLException {
        given().get(PATH).then().statusCode(200).body("name", equalTo(NAME));
        renameWithoutNotification();
        sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
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
        silently("UPDATE cpts SET name = '" + RENAMED + "' WHERE id = '" + LUXEUIL + "'");
    }

    /** Runs a statement with the triggers off for this session: PostgreSQL notifies nobody. */
    private void silently(String statement) throws SQLException {
        sql("SET session_replication_role = replica; " + statement + "; RESET session_replication_role");
    }

    private void sql(String statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }
}
