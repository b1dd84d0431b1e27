package fr.cpts.registry.http;

import static fr.cpts.registry.WriteFixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fr.cpts.registry.TestSql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
class AdmissionTest {

    @Inject
    TestSql sql;

    @ConfigProperty(name = "cpts.http.max-concurrent")
    int maxConcurrent;

    @ConfigProperty(name = "cpts.http.max-queued")
    int maxQueued;

    @Test
    void beyondTheRequestsInFlightAReplicaTakesA503AtOnceNotAQueue() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI base = URI.create("http://localhost:" + RestAssured.port);
        int maxInFlight = maxConcurrent + maxQueued;
        List<CompletableFuture<HttpResponse<Void>>> waiting = new ArrayList<>();
        // A stalled database: every list page admitted waits for this lock, the others for their turn.
        try (TestSql.Lock stalled = sql.lock("cpts")) {
            for (int i = 1; i <= maxInFlight; i++) {
                // Distinct pages: the response cache would have identical ones wait for the first, not for a thread.
                waiting.add(client.sendAsync(HttpRequest.newBuilder(base.resolve("/v1/cpts?limit=" + i)).build(),
                        BodyHandlers.discarding()));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (inFlight() < maxInFlight) {
                assertTrue(System.nanoTime() < deadline, "every page admitted and waiting");
                Thread.sleep(20);
            }
            long start = System.nanoTime();
            problem(given().get("/v1/cpts?limit=100").then(), 503, "service-unavailable")
                    .header("Retry-After", "1")
                    .body("detail", containsString("as many requests as it takes at once"));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "refused at once, not queued");
            // The probes and the metrics are never held nor refused: the pod is not restarted for being busy.
            given().get("/q/health/live").then().statusCode(200);
            assertEquals(maxInFlight, inFlight());
        }
        for (CompletableFuture<HttpResponse<Void>> page : waiting) {
            assertEquals(200, page.get(30, TimeUnit.SECONDS).statusCode());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (inFlight() > 0) {
            assertTrue(System.nanoTime() < deadline, "every ended request frees its place");
            Thread.sleep(20);
        }
        given().get("/v1/cpts?limit=100").then().statusCode(200);
    }

    private static double inFlight() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("cpts_http_in_flight"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow();
    }
}
