package fr.cpts.registry.sync;

import static fr.cpts.registry.WriteFixtures.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.cpts.registry.CreatesCpts;
import fr.cpts.registry.TestSql;
import fr.cpts.registry.WriteFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class ExportTest extends CreatesCpts {

    private static final String CSV = "/v1/exports/cpts.csv";
    private static final String NDJSON = "/v1/exports/cpts.ndjson";

    @Inject
    TestSql sql;

    @Test
    void theListHasOneMediaTypeAndEachExportItsOwn() {
        // A typed client gets one type per operation: the list is JSON only.
        problem(given().accept("text/csv").get("/v1/cpts").then(), 406, "not-acceptable");
        given().get(CSV).then().statusCode(200).header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"cpts.csv\"");
        given().get(NDJSON).then().statusCode(200).header("Content-Type", startsWith("application/x-ndjson"));
        problem(given().accept("application/json").get(CSV).then(), 406, "not-acceptable");
        // Jackson CSV quotes long values; the names are what matter.
        String header = new String(given().get(CSV).asByteArray(), StandardCharsets.UTF_8).substring(1).lines()
                .findFirst().orElseThrow().replace("\"", "");
        assertEquals("id,name,status,statusBasis,regionCode,regionName,departmentCodes,departmentBases,aciSignedOn,"
                + "aciSignedOnBasis,declaredPopulation,declaredPopulationPrecision,computedPopulation,sizeCategory,"
                + "sizeCategoryBasis,missions,inferredMissions,members,membersPrecision,membersAsOf,membersAsOfBasis",
                header);
    }

    @Test
    void csvParsedBackEqualsTheJsonList() throws IOException {
        Response csv = given().get(CSV + "?region=27&sort=-aciSignedOn");
        csv.then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Cache-Control", equalTo("no-cache"))
                .header("Changes-Cursor", notNullValue());
        byte[] bytes = csv.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            rows = it.readAll();
        }
        List<Map<String, Object>> json = given().get("/v1/cpts?region=27&sort=-aciSignedOn&limit=200").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertEquals(json.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            JsonPath item = JsonPath.from(new ObjectMapper().writeValueAsString(json.get(i)));
            assertEquals(item.getString("id"), row.get("id"));
            assertEquals(item.getString("name"), row.get("name"));
            assertEquals(text(item.getString("status")), row.get("status"));
            assertEquals(text(item.getString("statusBasis")), row.get("statusBasis"));
            assertEquals(String.join(";", item.getList("departments.basis.kind", String.class)), row.get("departmentBases"));
            assertEquals(text(item.getString("aciSignedOnBasis")), row.get("aciSignedOnBasis"));
            assertEquals(text(item.getString("sizeCategoryBasis")), row.get("sizeCategoryBasis"));
            assertEquals(String.join(";", item.getList("inferredMissions", String.class)), row.get("inferredMissions"));
            assertEquals(text(item.getString("members.asOfBasis")), row.get("membersAsOfBasis"));
            assertEquals(item.getString("region.code"), row.get("regionCode"));
            assertEquals(item.getString("region.name"), row.get("regionName"));
            assertEquals(String.join(";", item.getList("departments.code", String.class)), row.get("departmentCodes"));
            assertEquals(text(item.getString("aciSignedOn")), row.get("aciSignedOn"));
            assertEquals(text(item.getString("declaredPopulation.value")), row.get("declaredPopulation"));
            assertEquals(text(item.getString("declaredPopulation.precision")), row.get("declaredPopulationPrecision"));
            assertEquals(text(item.getString("computedPopulation")), row.get("computedPopulation"));
            assertEquals(text(item.getString("sizeCategory")), row.get("sizeCategory"));
            assertEquals(String.join(";", item.getList("missions", String.class)), row.get("missions"));
            assertEquals(text(item.getString("members.value")), row.get("members"));
            assertEquals(text(item.getString("members.precision")), row.get("membersPrecision"));
            assertEquals(text(item.getString("members.asOf")), row.get("membersAsOf"));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get("name").equals("CPTS du Pays d'Héricourt")), "accents intact");
    }

    @Test
    void ndjsonHasOneFullRepresentationPerCptsOfTheList() throws IOException {
        String body = given().get(NDJSON + "?department=25").then().statusCode(200)
                .header("Content-Type", startsWith("application/x-ndjson")).extract().asString();
        List<String> lines = body.lines().toList();
        List<String> ids = given().get("/v1/cpts?department=25").then().extract().jsonPath().getList("items.id");
        assertEquals(ids.size(), lines.size());
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            Map<?, ?> exported = mapper.readValue(lines.get(i), Map.class);
            Map<?, ?> detail = mapper.readValue(given().get("/v1/cpts/" + ids.get(i)).asString(), Map.class);
            assertEquals(detail, exported);
        }
    }

    @Test
    void exportsAreConditionalAndChangeWithTheData() {
        String etag = given().get(CSV).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(CSV).then().statusCode(304);
        assertNotEquals(etag, given().get(CSV + "?status=ACI_SIGNED").then().extract().header("ETag"));
        assertNotEquals(etag, given().get(NDJSON).then().extract().header("ETag"), "each format has its own tag");
        String listTag = given().get("/v1/cpts").then().extract().header("ETag");
        String id = track(WriteFixtures.create(WriteFixtures.cptsBody("CPTS export test")));
        assertNotEquals(etag, given().get(CSV).then().extract().header("ETag"));
        assertNotEquals(listTag, given().get("/v1/cpts").then().extract().header("ETag"), "the list changed");
        String cptsTag = WriteFixtures.etag(id);
        assertEquals(200, WriteFixtures.patch(id, cptsTag, "{\"legalForm\": \"ASSOCIATION\"}").statusCode());
        assertNotEquals(cptsTag, WriteFixtures.etag(id), "an update changes the ETag");
        given().header("If-None-Match", cptsTag).get("/v1/cpts/" + id).then().statusCode(200);
    }

    @Test
    void exportsTakeNoPagingParameters() {
        given().queryParam("limit", 10).get(CSV).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].name", equalTo("limit"));
    }

    @Test
    void updatedSinceKeepsTheRecentlyChanged() {
        String id = track(WriteFixtures.create(WriteFixtures.cptsBody("CPTS modifiée récemment")));
        String updatedAt = given().get("/v1/cpts/" + id).then().extract().path("updatedAt");
        List<String> recent = given().queryParam("updatedSince", updatedAt).get("/v1/cpts").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        assertEquals(List.of(id), recent);
        given().queryParam("updatedSince", "2000-01-01").get("/v1/cpts").then().statusCode(200);
        given().queryParam("updatedSince", "yesterday").get("/v1/cpts").then().statusCode(400)
                .body("errors[0].name", equalTo("updatedSince"));
    }

    @Test
    void compressedWhenTheClientAcceptsIt() {
        given().header("Accept-Encoding", "gzip").get("/v1/cpts").then().statusCode(200)
                .header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip").get(CSV).then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void exportsBeyondTheLimitAreRefusedUntilOneEnds() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI base = URI.create("http://localhost:" + RestAssured.port);
        CompletableFuture<HttpResponse<Void>> csv;
        CompletableFuture<HttpResponse<Void>> ndjson;
        // The two exports the limit allows (cpts.export.max-concurrent=2) stream, waiting on this lock for their rows.
        try (TestSql.Lock stalled = sql.lock("cpts")) {
            csv = client.sendAsync(HttpRequest.newBuilder(base.resolve(CSV)).build(), BodyHandlers.discarding());
            ndjson = client.sendAsync(HttpRequest.newBuilder(base.resolve(NDJSON)).build(), BodyHandlers.discarding());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (sql.scalar("SELECT count(*) FROM pg_locks WHERE relation = 'cpts'::regclass AND NOT granted") < 2) {
                assertTrue(System.nanoTime() < deadline, "both exports wait for their rows");
                Thread.sleep(20);
            }
            // A third, whatever its format or filter: refused at once, told when to retry.
            problem(given().get(CSV + "?region=27").then(), 503, "service-unavailable")
                    .header("Retry-After", "10")
                    .body("detail", containsString("exports"));
        }
        assertEquals(200, csv.get(20, TimeUnit.SECONDS).statusCode());
        assertEquals(200, ndjson.get(20, TimeUnit.SECONDS).statusCode());
        // Their places are free again once they ended.
        given().get(CSV + "?region=27").then().statusCode(200);
        given().get(NDJSON).then().statusCode(200);
    }

    /** The CSV text of a JSON scalar: empty for null. */
    private static String text(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
