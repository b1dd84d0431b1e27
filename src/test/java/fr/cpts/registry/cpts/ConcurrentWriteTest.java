package fr.cpts.registry.cpts;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Writers racing on the same version: exactly one wins, every other gets 412, and one change is recorded. */
@QuarkusTest
class ConcurrentWriteTest extends CreatesCpts {

    private static final int WRITERS = 50;

    @TestHTTPResource("/v1/cpts/")
    URI cpts;

    @Test
    void ofWritersSendingTheSameIfMatchExactlyOneWins() throws Exception {
        String id = newCpts();
        String token = editorToken();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch ready = new CountDownLatch(WRITERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                HttpRequest request = HttpRequest.newBuilder(cpts.resolve(id))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", token)
                        .header("If-Match", "\"v0\"")
                        .header("Content-Type", MERGE_PATCH)
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(
                                "{\"declaredPopulation\": {\"value\": " + (40000 + i) + "}}"))
                        .build();
                responses.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS), "every writer is ready");
            start.countDown();

            Map<Integer, Integer> statuses = new TreeMap<>();
            HttpResponse<String> winner = null;
            for (Future<HttpResponse<String>> future : responses) {
                HttpResponse<String> response = future.get(30, TimeUnit.SECONDS);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() == 200) {
                    winner = response;
                } else {
                    assertEquals(PROBLEM_JSON, response.headers().firstValue("Content-Type").orElse(""));
                    assertTrue(response.body().contains("urn:cpts-registry:problem:precondition-failed"), response.body());
                }
            }
            assertEquals(Map.of(200, 1, 412, WRITERS - 1), statuses, "one 200, every other writer 412");
            assertEquals("\"v1\"", winner.headers().firstValue("ETag").orElse(null));

            int written = JsonPath.from(winner.body()).getInt("declaredPopulation.value");
            given().get("/v1/cpts/" + id).then().statusCode(200)
                    .header("ETag", equalTo("\"v1\""))
                    .body("declaredPopulation.value", equalTo(written));
            given().get("/v1/cpts/" + id + "/history").then().statusCode(200)
                    .body("items.operation", contains("UPDATED", "CREATED"))
                    .body("items.version", contains(1, 0))
                    .body("items[0].changes[0].after.value", equalTo(written));
        } finally {
            pool.shutdownNow();
        }
    }
}
