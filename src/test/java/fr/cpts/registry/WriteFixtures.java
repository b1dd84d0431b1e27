package fr.cpts.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import fr.cpts.registry.security.Tokens;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Helpers of the write tests: request bodies, creating and deleting test CPTS and sources, reading ETags and history.
 * Every CPTS a test creates must be deleted at its end ({@link #delete}): a deleted CPTS is a tombstone, invisible to
 * the reads the seed tests assert. Tests never change a seed CPTS or a seed source; their CPTS may cite seed sources.
 */
public final class WriteFixtures {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String MERGE_PATCH = "application/merge-patch+json";
    /** The seed source test CPTS cite (cited, never changed). */
    public static final String SOURCE = Seeds.SOURCE_HERICOURT;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Minting a token takes a few milliseconds: each is reused for a minute (they are valid for five). */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(1);
    private static final Map<String, Map.Entry<Instant, String>> TOKENS = new ConcurrentHashMap<>();

    private WriteFixtures() {
    }

    /** A token of Tokens.editor() (subject editor-alice, role cpts-editor). */
    public static String editorToken() {
        return reused("editor", Tokens::editor);
    }

    /** A token of Tokens.admin() (subject admin-bob, role cpts-admin). */
    public static String adminToken() {
        return reused("admin", Tokens::admin);
    }

    private static String reused(String key, Supplier<String> mint) {
        Instant now = Instant.now();
        return TOKENS.compute(key, (k, cached) -> cached != null && cached.getKey().isAfter(now.minus(TOKEN_REUSE))
                ? cached : Map.entry(now, mint.get())).getValue();
    }

    // ---- Requests --------------------------------------------------------------------------------------------------

    /** A request with this Authorization header value (null: none). */
    public static RequestSpecification as(String token) {
        RequestSpecification request = given();
        return token == null ? request : request.header("Authorization", token);
    }

    /** A JSON write with this token and If-Match (null: none). */
    public static RequestSpecification write(String token, String ifMatch) {
        RequestSpecification request = as(token).contentType("application/json");
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    /** A JSON write as the editor, with If-Match. */
    public static RequestSpecification editor(String ifMatch) {
        return write(editorToken(), ifMatch);
    }

    /** A JSON Merge Patch of a CPTS as the editor, with If-Match (null: none). */
    public static Response patch(String id, String ifMatch, String patch) {
        return write(editorToken(), ifMatch).contentType(MERGE_PATCH).body(patch).patch("/v1/cpts/" + id);
    }

    /** A problem+json response of this status and type, showing nothing internal. */
    public static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:cpts-registry:problem:" + type))
                .body("status", equalTo(status))
                .body("title", not(equalTo("")))
                .body(not(containsString("Exception")))
                .body(not(containsString("at fr.cpts")));
    }

    /** A 422 whose errors are on the body and name exactly these JSON pointers. */
    public static ValidatableResponse invalid(ValidatableResponse response, String... pointers) {
        problem(response, 422, "validation-failed").body("errors.in", everyItem(equalTo("body")));
        assertEquals(new TreeSet<>(List.of(pointers)), pointers(response), "the invalid fields, by JSON pointer");
        return response;
    }

    /** The JSON pointers a problem's errors name. */
    private static Set<String> pointers(ValidatableResponse response) {
        return new TreeSet<>(response.extract().jsonPath().getList("errors.name", String.class));
    }

    // ---- CPTS ------------------------------------------------------------------------------------------------------

    /** A name no other CPTS has; {@code q} finds it by its last word. */
    public static String uniqueName() {
        return "CPTS essai " + token();
    }

    /** GET /v1/cpts?q= with the last word of a {@link #uniqueName()}: lists the CPTS so named, if any. */
    public static ValidatableResponse searchByName(String name) {
        return given().queryParam("q", name.substring(name.lastIndexOf(' ') + 1)).get("/v1/cpts").then();
    }

    /** A random word of letters, for names and titles. */
    public static String token() {
        StringBuilder word = new StringBuilder("zz");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** A valid CptsInput in Haute-Saône (region 27) citing {@code sourceId}. */
    public static String cptsBody(String name, String sourceId) {
        return """
                {"name": "%1$s", "legalForm": "ASSOCIATION", "region": "27", "departments": ["70"],
                 "launch": {"date": "2024-03", "datePrecision": "MONTH", "place": "Vesoul", "sourceId": "%2$s"},
                 "declaredPopulation": {"value": 35000, "precision": "ABOUT", "sourceId": "%2$s"},
                 "mentions": [{"sourceId": "%2$s", "quote": "La %1$s est lancée."}]}""".formatted(name, sourceId);
    }

    public static String cptsBody(String name) {
        return cptsBody(name, SOURCE);
    }

    /** Creates a CPTS from this body as the editor; its id. */
    public static String create(String body) {
        return editor(null).body(body).post("/v1/cpts").then().statusCode(201).extract().path("id");
    }

    /** Creates a valid CPTS with a unique name; its id. */
    public static String create() {
        return create(cptsBody(uniqueName()));
    }

    /** The current ETag of a CPTS (its version). */
    public static String etag(String id) {
        return given().get("/v1/cpts/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** The representation of a CPTS. */
    public static Map<String, Object> detail(String id) {
        return given().get("/v1/cpts/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The whole history of a CPTS, newest first. */
    public static List<Map<String, Object>> history(String id) {
        return given().queryParam("limit", 200).get("/v1/cpts/" + id + "/history").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** A refused write left the CPTS as it was: the same representation, version and history. */
    public static void assertUnchanged(String id, Map<String, Object> before, String etag, int historySize) {
        assertEquals(before, detail(id), "the representation is unchanged");
        assertEquals(etag, etag(id), "the version is unchanged");
        assertEquals(historySize, history(id).size(), "no change was recorded");
    }

    /** The top-level fields whose values differ between two representations, each with both values. */
    public static Map<String, List<Object>> differences(Map<String, Object> expected, Map<String, Object> actual) {
        Map<String, List<Object>> differences = new TreeMap<>();
        Set<String> fields = new TreeSet<>(expected.keySet());
        fields.addAll(actual.keySet());
        for (String field : fields) {
            if (!Objects.equals(expected.get(field), actual.get(field))) {
                differences.put(field, Arrays.asList(expected.get(field), actual.get(field)));
            }
        }
        return differences;
    }

    /** Deletes a test CPTS as the admin, whatever its version, unless it is already deleted (or was never created). */
    public static void delete(String id) {
        if (id != null) {
            as(adminToken()).header("If-Match", "*").delete("/v1/cpts/" + id).then()
                    .statusCode(anyOf(equalTo(204), equalTo(410)));
        }
    }

    // ---- Bodies of the parts of a CPTS -------------------------------------------------------------------------------

    public static String stage(String stage, String date, String precision) {
        return """
                {"stage": "%s", "date": "%s", "datePrecision": "%s", "sourceId": "%s"}""".formatted(stage, date,
                precision, SOURCE);
    }

    public static String contract(String signedOn, String precision) {
        return """
                {"signedOn": "%s", "signedOnPrecision": "%s", "signedPlace": "Vesoul",
                 "signatories": [{"kind": "CPTS", "name": "CPTS essai"}, {"kind": "ARS", "name": "ARS Bourgogne-Franche-Comté"},
                                 {"kind": "CPAM", "name": "CPAM de Haute-Saône"}],
                 "sourceId": "%s", "quote": "Le contrat ACI a été signé."}""".formatted(signedOn, precision, SOURCE);
    }

    public static String missions(String... codes) {
        StringBuilder items = new StringBuilder();
        for (String code : codes) {
            items.append(items.isEmpty() ? "" : ", ").append("""
                    {"mission": "%s", "actions": ["Action %s"], "sourceId": "%s"}""".formatted(code, code, SOURCE));
        }
        return "{\"items\": [" + items + "]}";
    }

    public static String membership(String asOf, int members, String precision) {
        return """
                {"asOf": "%s", "members": {"value": %d, "precision": "%s"}, "counted": "adhérents",
                 "professions": ["médecins généralistes", "infirmiers"], "sourceId": "%s"}""".formatted(asOf, members,
                precision, SOURCE);
    }

    public static String territoryOfEpci(String epci) {
        return """
                {"basis": "Les communes de l'EPCI %1$s.", "epci": "%1$s", "sourceId": "%2$s"}""".formatted(epci, SOURCE);
    }

    public static String territoryOfCommunes(String... codes) {
        return """
                {"basis": "Les communes citées par la source.", "communes": ["%s"], "sourceId": "%s"}"""
                .formatted(String.join("\", \"", codes), SOURCE);
    }

    // ---- Sources ---------------------------------------------------------------------------------------------------

    /** A valid SourceInput; tests publish theirs in 2025, after every seed source. */
    public static String sourceBody(String title, String publishedOn) {
        return """
                {"kind": "PRESS_RELEASE", "title": "%s", "publisher": "ARS Bourgogne-Franche-Comté",
                 "publishedOn": "%s", "url": "https://example.org/%s", "language": "fr"}""".formatted(title,
                publishedOn, title.replace(' ', '-'));
    }

    /** Creates a source as the admin; its id. */
    public static String createSource(String title) {
        return write(adminToken(), null).body(sourceBody(title, "2025-02-03")).post("/v1/sources").then()
                .statusCode(201).extract().path("id");
    }

    /** Deletes a source no fact cites, as the admin, unless it is already deleted (or was never created). */
    public static void deleteSource(String id) {
        if (id != null) {
            as(adminToken()).header("If-Match", "*").delete("/v1/sources/" + id).then()
                    .statusCode(anyOf(equalTo(204), equalTo(404)));
        }
    }
}
