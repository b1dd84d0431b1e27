package fr.cpts.registry.ops;

import static fr.cpts.registry.WriteFixtures.history;
import static fr.cpts.registry.WriteFixtures.patch;
import static fr.cpts.registry.WriteFixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import fr.cpts.registry.Seeds;
import fr.cpts.registry.devdb.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * PostgreSQL goes away while requests flow (a proxy between the application and the database is cut), then comes
 * back: reads answer 503 problem+json quickly, readiness goes DOWN and liveness stays UP; after the restore the
 * service resumes within 5 s without a restart; no write that got a 2xx is lost, none that failed is half-applied.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.BehindProxy.class)
class DatabaseOutageTest extends CreatesCpts {

    /**
     * The proxy is started once per JVM: this class is loaded both by JUnit and by Quarkus' class loader, so the
     * ports are kept in system properties and the proxy is commanded through its control port.
     */
    private static final String PORT = "cpts.test.proxy.port";
    private static final String CONTROL = "cpts.test.proxy.control";
    private static final String CUT = "cut";
    private static final String RESTORE = "restore";

    static synchronized int proxyPort() {
        if (System.getProperty(PORT) == null) {
            URI server = TestDatabase.server();
            try {
                TcpProxy proxy = new TcpProxy(server.getHost(), server.getPort());
                System.setProperty(CONTROL, Integer.toString(proxy.controlPort()));
                System.setProperty(PORT, Integer.toString(proxy.port()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Integer.parseInt(System.getProperty(PORT));
    }

    private static void proxy(String command) {
        TcpProxy.command(Integer.parseInt(System.getProperty(CONTROL)), command);
    }

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://127.0.0.1:" + proxyPort() + "/" + TestDatabase.database(),
                    "quarkus.datasource.username", TestDatabase.username(),
                    // What is tested is the database error path, not the cache that could answer in its place.
                    "cpts.cache.enabled", "false");
        }
    }

    private record Write(int status, String siret) {
    }

    @Test
    void theServiceDegradesHonestlyAndRecoversWithoutRestart() throws Exception {
        String id = newCpts();
        List<Write> writes = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> writer = pool.submit(() -> {
            String etag = "\"v0\"";
            for (int n = 1; running.get() && n < 10_000; n++) {
                String siret = "%014d".formatted(n);
                // Writes go on during the outage, with the last ETag known.
                Response current = given().get("/v1/cpts/" + id);
                if (current.statusCode() == 200) {
                    etag = current.header("ETag");
                }
                int status = patch(id, etag, "{\"siret\": \"" + siret + "\"}").statusCode();
                writes.add(new Write(status, siret));
                sleep(50);
            }
        });
        try {
            sleep(500);
            proxy(CUT);
            long cutAt = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                problem(given().get("/v1/cpts/" + Seeds.HERICOURT).then(), 503, "service-unavailable")
                        .header("Retry-After", equalTo("5"));
                assertTrue(millisSince(start) < 5000, "a read during the outage took " + millisSince(start) + " ms");
            }
            given().get("/q/health/ready").then().statusCode(503);
            given().get("/q/health/live").then().statusCode(200);
            assertTrue(millisSince(cutAt) < 20_000);
            sleep(1000);

            proxy(RESTORE);
            long restoredAt = System.nanoTime();
            boolean back = false;
            while (!back && millisSince(restoredAt) < 5000) {
                back = given().get("/v1/cpts/" + Seeds.HERICOURT).statusCode() == 200
                        && given().get("/q/health/ready").statusCode() == 200;
                if (!back) {
                    sleep(100);
                }
            }
            assertTrue(back, "the service did not resume within 5 s of the database's return");
            sleep(500);
        } finally {
            running.set(false);
            writer.get(30, TimeUnit.SECONDS);
            pool.shutdownNow();
        }

        List<Write> succeeded = writes.stream().filter(w -> w.status() == 200).toList();
        assertTrue(writes.stream().allMatch(w -> w.status() == 200 || w.status() == 503 || w.status() == 412),
                "unexpected write statuses: " + writes);
        assertTrue(writes.stream().anyMatch(w -> w.status() == 503), "no write ran into the outage: " + writes);
        Response current = given().get("/v1/cpts/" + id);
        // Every acknowledged write is there, in order; a failed one left nothing.
        assertEquals("\"v" + succeeded.size() + "\"", current.header("ETag"));
        assertEquals(succeeded.get(succeeded.size() - 1).siret(), current.path("identifiers.siret"));
        assertEquals(succeeded.size() + 1, history(id).size());
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
