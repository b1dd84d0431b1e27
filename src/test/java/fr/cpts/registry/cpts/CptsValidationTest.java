package fr.cpts.registry.cpts;

import static fr.cpts.registry.WriteFixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.cpts.registry.CreatesCpts;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bodies of CPTS writes: 422 naming every invalid field at once by JSON pointer, 400 for bodies that cannot be read
 * (pointer of the culprit), 415 for another media type, 413 beyond 256 KiB. Nothing is ever written.
 */
@QuarkusTest
class CptsValidationTest extends CreatesCpts {

    private static final String MENTION = "\"mentions\": [{\"sourceId\": \"" + SOURCE + "\", \"quote\": \"Citation.\"}]";

    @Test
    void everyInvalidFieldIsNamedInOne422() {
        String body = """
                {"name": "  ", "region": "99", "departments": ["70"],
                 "launch": {"date": "2020-13", "datePrecision": "MONTH", "sourceId": "%1$s"},
                 "declaredPopulation": {"value": 1000, "precision": "ABOUT", "sourceId": "src_unknown0000000"},
                 "mentions": []}""".formatted(SOURCE);
        invalid(editor(null).body(body).post("/v1/cpts").then(),
                "/name", "/region", "/departments/0", "/launch/date", "/declaredPopulation/sourceId", "/mentions")
                .body("detail", equalTo("6 fields are invalid."));

        String id = newCpts();
        Map<String, Object> before = detail(id);
        invalid(editor("\"v0\"").body(body).put("/v1/cpts/" + id).then(),
                "/name", "/region", "/departments/0", "/launch/date", "/declaredPopulation/sourceId", "/mentions");
        assertEquals(before, detail(id), "a rejected PUT changes nothing");
        assertEquals("\"v0\"", etag(id));
    }

    @Test
    void invalidItemsOfListsAreNamedByIndex() {
        String name = uniqueName();
        String body = """
                {"name": "%1$s", "region": "27", "departments": ["75", "70", "70"],
                 "partners": [{"name": "", "kind": "HOSPITAL", "sourceId": "%2$s"}],
                 "indicators": [{"code": "share", "label": "Part sans médecin traitant", "value": 8, "unit": "PERCENT",
                                 "precision": "EXACT", "population": "patients", "asOf": "2099-01-01", "sourceId": "%2$s"}],
                 "mentions": [{"sourceId": "src_nope000000000", "quote": ""}, {"sourceId": "bad", "quote": "x"},
                              {"sourceId": "%2$s", "quote": "a"}, {"sourceId": "%2$s", "quote": "b"}]}"""
                .formatted(name, SOURCE);
        invalid(editor(null).body(body).post("/v1/cpts").then(),
                "/departments/0", "/departments/2", "/partners/0/name", "/indicators/0/code", "/indicators/0/asOf",
                "/mentions/0/sourceId", "/mentions/0/quote", "/mentions/1/sourceId", "/mentions/3/sourceId");
        searchByName(name).body("items", empty());
    }

    static Stream<Arguments> unreadableBodies() {
        return Stream.of(
                Arguments.of("unknown property", "{\"name\": \"CPTS x\", \"nmae\": \"x\", " + MENTION + "}", "/nmae"),
                Arguments.of("unknown nested property", "{\"name\": \"CPTS x\", \"launch\": {\"date\": \"2024\", "
                        + "\"datePrecision\": \"YEAR\", \"sourceId\": \"" + SOURCE + "\", \"plaec\": \"Lure\"}, "
                        + MENTION + "}", "/launch/plaec"),
                Arguments.of("string for a number", "{\"name\": \"CPTS x\", \"declaredPopulation\": {\"value\": "
                        + "\"many\", \"precision\": \"ABOUT\", \"sourceId\": \"" + SOURCE + "\"}, " + MENTION + "}",
                        "/declaredPopulation/value"),
                Arguments.of("unknown enum constant", "{\"name\": \"CPTS x\", \"legalForm\": \"SARL\", " + MENTION + "}",
                        "/legalForm"),
                Arguments.of("string for an array", "{\"name\": \"CPTS x\", \"departments\": \"70\", " + MENTION + "}",
                        "/departments"),
                Arguments.of("object for a string", "{\"name\": {\"fr\": \"CPTS x\"}, " + MENTION + "}", "/name"),
                Arguments.of("array for an object item", "{\"name\": \"CPTS x\", \"mentions\": [[\"" + SOURCE + "\"]]}",
                        "/mentions/0"),
                Arguments.of("array instead of an object", "[{\"name\": \"CPTS x\"}]", ""),
                Arguments.of("not JSON", "name=CPTS x", ""),
                Arguments.of("truncated JSON", "{\"name\": \"CPTS x\", ", ""));
    }

    @ParameterizedTest(name = "{0} -> 400 at \"{2}\"")
    @MethodSource("unreadableBodies")
    void unreadableBodyIs400PointingAtTheCulprit(String description, String body, String pointer) {
        problem(editor(null).body(body).post("/v1/cpts").then(), 400, "malformed-request")
                .body("errors", hasSize(1))
                .body("errors[0].in", equalTo("body"))
                .body("errors[0].name", equalTo(pointer));
    }

    @Test
    void anotherMediaTypeIs415() {
        problem(as(editorToken()).contentType("text/plain").body(cptsBody(uniqueName())).post("/v1/cpts").then(), 415,
                "unsupported-media-type");
        problem(as(editorToken()).contentType("application/xml").body("<cpts/>").post("/v1/cpts").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void aBodyBeyond256KiBIs413() {
        String name = uniqueName();
        String body = cptsBody(name).replace("\"mentions\"",
                "\"notes\": [{\"text\": \"" + "x".repeat(300 * 1024) + "\", \"sourceId\": \"" + SOURCE + "\"}], \"mentions\"");
        problem(editor(null).body(body).post("/v1/cpts").then(), 413, "payload-too-large");
        searchByName(name).body("items", empty());
        // A body just under the limit is read (and here rejected for its oversized note, not for its size).
        String under = cptsBody(uniqueName()).replace("\"mentions\"",
                "\"notes\": [{\"text\": \"" + "x".repeat(200 * 1024) + "\", \"sourceId\": \"" + SOURCE + "\"}], \"mentions\"");
        invalid(editor(null).body(under).post("/v1/cpts").then(), "/notes/0/text");
    }
}
