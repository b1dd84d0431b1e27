package fr.cpts.registry.sync;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import fr.cpts.registry.WriteFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A partner polls the change feed while editors commit concurrently: it must see every committed change exactly once.
 */
@QuarkusTest
class ConcurrentFeedTest extends CreatesCpts {

    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 12;

    /** A change the poller saw. */
    private record Seen(String resourceId, long version) {
    }

    @Test
    void aPollerSeesEveryCommittedChangeExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            ids.add(track(WriteFixtures.create(WriteFixtures.cptsBody("CPTS flux concurrent " + w))));
        }
        String start = ChangeFeedTest.catchUp(null);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Seen> seen = new ArrayList<>();
        try {
            Future<String> poller = pool.submit(() -> {
                String cursor = start;
                // Polls while the writers write, then until caught up with all of it.
                for (int i = 0; i < 10_000; i++) {
                    boolean last = !writing.get();
                    JsonPath page = given().urlEncodingEnabled(false).get("/v1/changes?limit=7&since=" + cursor).then()
                            .statusCode(200).extract().jsonPath();
                    List<Map<String, Object>> items = page.getList("items");
                    items.forEach(item -> seen.add(new Seen((String) item.get("resourceId"),
                            ((Number) item.get("version")).longValue())));
                    cursor = page.getString("cursor");
                    if (last && page.getBoolean("caughtUp")) {
                        return cursor;
                    }
                }
                throw new AssertionError("the poller never caught up");
            });
            List<Future<Integer>> writers = new ArrayList<>();
            for (String id : ids) {
                writers.add(pool.submit(() -> write(id)));
            }
            for (Future<Integer> writer : writers) {
                assertEquals(WRITES_EACH, writer.get(120, TimeUnit.SECONDS));
            }
            writing.set(false);
            poller.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // Creations (v0) came before the start cursor, but may still be served after it when a transaction
        // elsewhere on the server held the feed back then: they are not counted. Every update is, once: a version
        // listed twice was seen twice, a missing one was missed.
        List<Long> everyUpdate = LongStream.rangeClosed(1, WRITES_EACH).boxed().toList();
        for (String id : ids) {
            List<Long> versions = seen.stream().filter(c -> c.resourceId().equals(id) && c.version() > 0)
                    .map(Seen::version).sorted().toList();
            assertEquals(everyUpdate, versions, "the updates of " + id + " the poller saw");
            assertEquals(WRITES_EACH + 1, WriteFixtures.history(id).size(), "history of " + id);
        }
    }

    /** Patches the CPTS {@code WRITES_EACH} times, rereading its ETag when another write won; returns the successes. */
    private static int write(String id) {
        int done = 0;
        for (int attempt = 0; done < WRITES_EACH && attempt < WRITES_EACH * 20; attempt++) {
            int status = WriteFixtures.patch(id, WriteFixtures.etag(id), "{\"siret\": \"%014d\"}".formatted(done + 1))
                    .statusCode();
            if (status == 200) {
                done++;
            } else if (status != 412) {
                throw new AssertionError("PATCH answered " + status);
            }
        }
        return done;
    }
}
