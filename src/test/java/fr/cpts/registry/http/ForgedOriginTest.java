package fr.cpts.registry.http;

import static fr.cpts.registry.WriteFixtures.cptsBody;
import static fr.cpts.registry.WriteFixtures.editorToken;
import static fr.cpts.registry.WriteFixtures.patch;
import static fr.cpts.registry.WriteFixtures.uniqueName;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Cache poisoning through the origin: one client sends a forged Host and X-Forwarded-Host/-Proto first; neither its own
 * answer nor any later client's (served from the response cache) may carry that origin. Run with forwarding trusted,
 * as behind the production ingress, forwarded host included (the worst case).
 */
@QuarkusTest
@TestProfile(ForgedOriginTest.BehindProxy.class)
class ForgedOriginTest extends CreatesCpts {

    private static final String ATTACKER = "attacker.example";

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true");
        }
    }

    private static RequestSpecification forged() {
        return given().header("X-Forwarded-Host", ATTACKER).header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=" + ATTACKER + ";proto=https");
    }

    @Test
    void linksNeverCarryAForgedOriginNorPassItToOtherClients() {
        List<String> paged = List.of("/v1/cpts?limit=2", "/v1/changes?limit=1", "/v1/sources?limit=1",
                "/v1/communes?department=25&limit=1", "/v1/reported-figures?limit=1");
        for (String path : paged) {
            // The forger's own answer: a relative link, nothing of its headers.
            assertRelative(forged().get(path), path);
            // Then another client, possibly served from what the forger's request put in the cache.
            assertRelative(given().get(path), path);
        }
        Response feed = given().get("/v1/changes?limit=5");
        feed.then().body("items.href.findAll { it != null }", org.hamcrest.Matchers.everyItem(startsWith("/v1/")));
    }

    @Test
    void writesAnswerPathsAndTheHistoryPagesWithoutTheForgedOrigin() {
        Response created = forged().header("Authorization", editorToken()).contentType("application/json")
                .body(cptsBody(uniqueName())).post("/v1/cpts");
        created.then().statusCode(201).header("Location", startsWith("/v1/cpts/cpts_"))
                .header("Location", not(org.hamcrest.Matchers.containsString(ATTACKER)));
        String id = track(created.path("id"));
        assertEquals(200, patch(id, created.header("ETag"), "{\"legalForm\": \"ASSOCIATION\"}").statusCode());
        String history = "/v1/cpts/" + id + "/history?limit=1";
        assertRelative(forged().get(history), history);
        assertRelative(given().get(history), history);
    }

    private static void assertRelative(Response response, String path) {
        response.then().statusCode(200).body("next", not(nullValue()));
        String next = response.path("next");
        assertTrue(next.startsWith("/v1/"), path + ": next is not a relative reference: " + next);
        assertFalse(response.asString().contains(ATTACKER), path + ": the body carries the forged origin");
        assertFalse(response.headers().toString().contains(ATTACKER), path + ": a header carries the forged origin");
    }
}
