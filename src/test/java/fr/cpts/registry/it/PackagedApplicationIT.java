package fr.cpts.registry.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.WriteFixtures;
import fr.cpts.registry.devdb.PackagedApplicationResource;
import fr.cpts.registry.http.RawHttp;
import fr.cpts.registry.security.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The packaged application (target/quarkus-app, as the image runs it: prod profile, RegistryMain) started in its own
 * process on a database it migrates itself: a read, a conditional GET, a write with a token, problems, and the
 * README's read examples as written.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedApplicationResource.class)
class PackagedApplicationIT {

    private static final String HERICOURT = "cpts_fqgmb7d998ve";

    @Test
    void readsAndRevalidates() {
        Response read = given().get("/v1/cpts/" + HERICOURT);
        read.then().statusCode(200).contentType("application/json")
                .body("name", equalTo("CPTS du Pays d'Héricourt"))
                .body("statusBasis.kind", equalTo("INFERRED"));
        given().header("If-None-Match", read.header("ETag")).get("/v1/cpts/" + HERICOURT).then().statusCode(304);
        given().get("/v1/cpts?limit=2").then().statusCode(200).body("next", startsWith("/v1/cpts?"));
    }

    @Test
    void writesWithATokenAndDeletesWithAnAdminOne() {
        Response created = create("CPTS de l'essai du paquet");
        // RestAssured accepts gzip, like most clients: the tag of the gzip-encoded representation, good for If-Match.
        created.then().statusCode(201).header("Location", startsWith("/v1/cpts/cpts_")).header("ETag", "\"v0.gzip\"");
        given().contentType("application/json").body("{}").post("/v1/cpts").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.admin()).header("If-Match", created.header("ETag"))
                .delete(created.header("Location")).then().statusCode(204);
        given().get(created.header("Location")).then().statusCode(410).contentType("application/problem+json");
    }

    @Test
    void answersProblemsEvenForTargetsTheHttpLayerWouldRefuse() {
        given().get("/v1/cpts?statut=ACI_SIGNED").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].name", equalTo("statut"));
        // Raw UTF-8 and a broken escape reach the application (RegistryMain hands it the check) in the packaged app too.
        RawHttp.Response raw = RawHttp.send(RestAssured.port, "GET", "/v1/cpts?status=É".getBytes(StandardCharsets.UTF_8),
                Map.of(), null);
        assertEquals(400, raw.status());
        assertEquals("application/problem+json", raw.header("content-type"));
        assertTrue(new String(raw.body(), StandardCharsets.UTF_8).contains("\"name\":\"status\""));
        RawHttp.Response search = RawHttp.send(RestAssured.port, "GET",
                "/v1/cpts?q=Héricourt".getBytes(StandardCharsets.UTF_8), Map.of(), null);
        assertTrue(new String(search.body(), StandardCharsets.UTF_8).contains(HERICOURT));
    }

    @Test
    void theReadmeReadExamplesBehaveAsWritten() throws IOException, InterruptedException {
        run("scripts/readme-check", "http://localhost:" + RestAssured.port);
    }

    /** The partner's loop of the README: a full export, then the feed's creations, updates and deletions. */
    @Test
    void partnerSyncKeepsACopyCurrent() throws IOException, InterruptedException {
        Path copy = Files.createTempDirectory("partner-copy");
        String base = "http://localhost:" + RestAssured.port;
        assertTrue(run("scripts/partner-sync", base, copy.toString()).contains("full export"));
        Response created = create("CPTS de l'essai de synchronisation");
        String id = created.path("id");
        Path file = copy.resolve("cpts").resolve(id + ".json");
        run("scripts/partner-sync", base, copy.toString());
        assertTrue(Files.readString(file).contains("essai de synchronisation"), "the creation was not applied");
        given().header("Authorization", Tokens.admin()).header("If-Match", created.header("ETag"))
                .delete("/v1/cpts/" + id).then().statusCode(204);
        run("scripts/partner-sync", base, copy.toString());
        assertTrue(Files.notExists(file), "the deletion was not applied");
    }

    /** Creates a CPTS as an editor; the answer. */
    private static Response create(String name) {
        return given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(WriteFixtures.cptsBody(name)).post("/v1/cpts");
    }

    /** Runs a script of the repository; its output, or the failure with it. */
    private static String run(String... command) throws IOException, InterruptedException {
        String[] bash = new String[command.length + 1];
        bash[0] = "bash";
        System.arraycopy(command, 0, bash, 1, command.length);
        Process process = new ProcessBuilder(bash).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command[0] + " did not end");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
