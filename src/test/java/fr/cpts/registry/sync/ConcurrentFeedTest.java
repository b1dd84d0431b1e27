package fr.cpts.registry.sync;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.WriteFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A partner polls the change feed while editors commit concurrently: it must see every committed change exactly once.
 */
@QuarkusTest
class ConcurrentFeedTest {

    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 12;

    @Test
    void aPollerSeesEveryCommittedChangeExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            ids.add(WriteFixtures.create(WriteFixtures.cptsBody("CPTS flux concurrent " + w)));
        }
        String start = ChangeFeedTest.catchUp(null);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = new ArrayList<>();
        try {
            Future<String> poller = pool.submit(() -> {
                String cursor = start;
                // Polls while the writers write, then until caught up with all of it.
                for (int i = 0; i < 10_000; i++) {
                    boolean last = !writing.get();
                    JsonPath page = given().urlEncodingEnabled(false).get("/v1/changes?limit=7&since=" + cursor).then()
                            .statusCode(200).extract().jsonPath();
                    List<Map<String, Object>> items = page.getList("items");
                    items.forEach(item -> seen.add(item.get("resourceId") + "@" + item.get("version")));
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
        Map<String, Set<Long>> expected = new HashMap<>();
        for (String id : ids) {
            // Creation (v0) happened before the start cursor; every update after it.
            expected.put(id, LongStream.rangeClosed(1, WRITES_EACH).boxed().collect(Collectors.toCollection(TreeSet::new)));
        }
        // Creations (v0) came before the start cursor, but may still be served after it when a transaction
        // elsewhere on the server held the feed back then: they are not counted, updates are.
        List<String> ours = seen.stream().filter(s -> ids.contains(s.substring(0, s.indexOf('@'))))
                .filter(s -> !s.endsWith("@0")).toList();
        assertEquals(ours.size(), Set.copyOf(ours).size(), "a change was seen twice: " + ours);
        Map<String, Set<Long>> actual = new HashMap<>();
        ours.forEach(s -> actual.computeIfAbsent(s.substring(0, s.indexOf('@')), k -> new TreeSet<>())
                .add(Long.parseLong(s.substring(s.indexOf('@') + 1))));
        assertEquals(expected, actual, "the poller missed changes");
        for (String id : ids) {
            assertEquals(WRITES_EACH + 1, given().queryParam("limit", 200).get("/v1/cpts/" + id + "/history").then()
                    .extract().jsonPath().getList("items").size(), "history of " + id);
            WriteFixtures.delete(id);
        }
        assertTrue(ours.size() == WRITERS * WRITES_EACH);
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
