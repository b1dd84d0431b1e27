package fr.cpts.registry.http;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import fr.cpts.registry.SqlStatements;
import fr.cpts.registry.cpts.CptsReadModelRefresher;

/** Concurrent requests for a representation not in the cache compute it once; the others are served from it. */
@QuarkusTest
@TestProfile(ResponseCacheCoalescingTest.NoScheduler.class)
class ResponseCacheCoalescingTest {

    private static final int CLIENTS = 32;

    /** The statistics are global: no scheduled metrics refresh may add statements to a count. */
    public static class NoScheduler implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    SqlStatements statements;

    @Inject
    CptsReadModelRefresher refresher;

    @Test
    void concurrentMissesOnOneKeyComputeItOnce() throws Exception {
        // Nor the read model's filling from startup (it returns once that is done).
        refresher.refreshStale();
        // The cache works once its replica listens to the notifications: a second read then costs nothing.
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            given().get("/v1/cpts?limit=3").then().statusCode(200);
            long before = statements.count();
            given().get("/v1/cpts?limit=3").then().statusCode(200);
            return statements.count() == before;
        });
        long before = statements.count();
        given().get("/v1/cpts?region=27&limit=41").then().statusCode(200);
        long once = statements.count() - before;
        assertTrue(once > 0, "a first read computes");

        // Another key no one read yet, asked for by many clients at once.
        String path = "/v1/cpts?region=27&limit=42";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<String>> answers = new ArrayList<>();
        before = statements.count();
        for (int i = 0; i < CLIENTS; i++) {
            answers.add(clients.submit(() -> {
                start.await();
                return given().get(path).then().statusCode(200).extract().asString();
            }));
        }
        start.countDown();
        String first = answers.get(0).get();
        for (Future<String> answer : answers) {
            assertEquals(first, answer.get(), "every client gets the same representation");
        }
        clients.shutdown();
        assertEquals(once, statements.count() - before,
                CLIENTS + " concurrent misses computed the representation more than once");
    }
}
