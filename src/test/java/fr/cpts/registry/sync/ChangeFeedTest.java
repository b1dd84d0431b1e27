package fr.cpts.registry.sync;

import static fr.cpts.registry.Seeds.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.WriteFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    DataSource dataSource;

    @Test
    void startsWithTheRecordsLoadedByTheMigrations() {
        given().queryParam("limit", 5).get("/v1/changes").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .body("items", hasSize(5))
                .body("items.resourceType", everyItem(equalTo("SOURCE")))
                .body("items.operation", everyItem(equalTo("CREATED")))
                .body("items[0].resourceId", equalTo(SOURCE_HAUT_DOUBS))
                .body("items[0].etag", equalTo("\"v1\""))
                .body("items[0].href", equalTo("/v1/sources/" + SOURCE_HAUT_DOUBS))
                .body("cursor", notNullValue())
                .body("caughtUp", equalTo(false));
        JsonPath first24 = given().queryParam("limit", 24).get("/v1/changes").then().extract().jsonPath();
        assertEquals(CPTS_COUNT, first24.getList("items.resourceType").stream().filter("CPTS"::equals).count());
    }

    @Test
    void pagesFollowEachOtherWithoutGapOrRepeat() {
        List<String> all = given().queryParam("limit", 24).get("/v1/changes").then().extract().jsonPath()
                .getList("items.resourceId");
        List<String> paged = new ArrayList<>();
        String next = "/v1/changes?limit=7";
        while (paged.size() < 24) {
            JsonPath page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.resourceId"));
            next = page.getString("next");
        }
        assertEquals(all, paged.subList(0, 24));
    }

    /**
     * The point of the feed: a change whose transaction commits later than a change with a higher sequence number must
     * still be served before it, and the later one not before the earlier transaction ends.
     */
    @Test
    void aChangeIsServedOnlyOnceEveryOlderTransactionHasEnded() throws SQLException {
        String head = catchUp(null);
        try (Connection older = dataSource.getConnection(); Connection newer = dataSource.getConnection()) {
            older.setAutoCommit(false);
            newer.setAutoCommit(false);
            insertChange(older, "cpts_feedtest00001");    // lower seq, its transaction started first
            insertChange(newer, "cpts_feedtest00002");    // higher seq
            newer.commit();
            // The committed change waits for the older transaction: not served, and the feed is not caught up (a
            // poller stopping at caughtUp would otherwise miss it).
            given().urlEncodingEnabled(false).get("/v1/changes?since=" + head).then().statusCode(200)
                    .body("items", empty())
                    .body("caughtUp", equalTo(false))
                    .body("cursor", equalTo(head));
            older.commit();
        }
        given().urlEncodingEnabled(false).get("/v1/changes?since=" + head).then().statusCode(200)
                .body("items.resourceId", contains("cpts_feedtest00001", "cpts_feedtest00002"))
                .body("caughtUp", equalTo(true));
    }

    @Test
    void transactionsFollowEachOtherInNumericOrder() throws SQLException {
        // Transaction ids 9 and 10, older than any real one: sorted as text, "10" would come first.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO change_event (txid, resource_type, resource_id, operation, version, actor) "
                    + "VALUES ('10', 'CPTS', 'cpts_feedorder0010', 'UPDATED', 1, 'test'), "
                    + "('9', 'CPTS', 'cpts_feedorder0009', 'UPDATED', 1, 'test')");
            try {
                given().queryParam("limit", 2).get("/v1/changes").then().statusCode(200)
                        .body("items.resourceId", contains("cpts_feedorder0009", "cpts_feedorder0010"));
            } finally {
                statement.execute("DELETE FROM change_event WHERE resource_id LIKE 'cpts_feedorder%'");
            }
        }
    }

    @Test
    void malformedOrForeignCursorsAre400() {
        given().queryParam("since", "nope").get("/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("since"));
        String listCursor = given().queryParam("limit", 1).get("/v1/cpts").then().extract().path("next");
        given().urlEncodingEnabled(false).get("/v1/changes?since=" + listCursor.substring(listCursor.indexOf("cursor=") + 7))
                .then().statusCode(400).body("errors[0].name", equalTo("since"));
        given().queryParam("limit", 1001).get("/v1/changes").then().statusCode(400).body("errors[0].name", equalTo("limit"));
        given().queryParam("cursor", "x").get("/v1/changes").then().statusCode(400).body("errors[0].name", equalTo("cursor"));
    }

    @Test
    void deletionsAppearAsTombstones() {
        String id = WriteFixtures.create(WriteFixtures.cptsBody("CPTS tombstone test"));
        String head = catchUp(null);
        WriteFixtures.delete(id);
        given().urlEncodingEnabled(false).get("/v1/changes?since=" + head).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].resourceId", equalTo(id))
                .body("items[0].operation", equalTo("DELETED"))
                .body("items[0].href", nullValue());
        given().get("/v1/cpts/" + id).then().statusCode(410).contentType("application/problem+json");
    }

    private static void insertChange(Connection connection, String id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO change_event (resource_type, resource_id, operation, version, actor) "
                    + "VALUES ('CPTS', '" + id + "', 'UPDATED', 1, 'test')");
        }
    }

    /** Reads the feed to its end and returns the cursor there. */
    static String catchUp(String since) {
        String cursor = since;
        for (int i = 0; i < 100; i++) {
            JsonPath page = given().urlEncodingEnabled(false)
                    .get("/v1/changes?limit=1000" + (cursor == null ? "" : "&since=" + cursor)).then().statusCode(200)
                    .extract().jsonPath();
            cursor = page.getString("cursor");
            if (page.getBoolean("caughtUp")) {
                return cursor;
            }
        }
        assertTrue(false, "the feed never caught up");
        return cursor;
    }
}
