package fr.cpts.registry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * openapi/openapi.yaml is the contract: the spec the application serves must equal it. After an intended change of
 * the API, regenerate it with {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true} and review the
 * diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    @Test
    void servedSpecEqualsTheCommittedContract() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(CONTRACT.getParent());
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CONTRACT), CONTRACT + " is missing");
        assertEquals(Files.readString(CONTRACT, StandardCharsets.UTF_8), served,
                "The served OpenAPI differs from " + CONTRACT + ": run ./mvnw test -Dtest=OpenApiContractTest "
                        + "-Dopenapi.update=true and review the diff");
    }

    @Test
    void everyOperationParameterAndSchemaIsDescribed() {
        JsonPath spec = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            for (String field : List.of("operationId", "summary", "description")) {
                if (operation.get(field) == null) {
                    missing.add(method + " " + path + ": " + field);
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                missing.add(method + " " + path + ": success response");
            }
            for (String status : List.of("400", "406", "500")) {
                if (!responses.containsKey(status)) {
                    missing.add(method + " " + path + ": response " + status);
                }
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.get("parameters");
            if (parameters != null) {
                parameters.stream().filter(p -> p.get("$ref") == null)
                        .filter(p -> p.get("description") == null || (p.get("example") == null && p.get("examples") == null))
                        .forEach(p -> missing.add(method + " " + path + ": parameter " + p.get("name")));
                // A parameter without a type is an Object to a generated client.
                parameters.stream().map(p -> p.get("$ref") == null ? p
                        : spec.getMap("components.parameters." + ((String) p.get("$ref")).substring(24)))
                        .filter(p -> !(p.get("schema") instanceof Map<?, ?> schema) || (schema.get("$ref") == null
                                ? schema : spec.getMap("components.schemas." + ((String) schema.get("$ref")).substring(21)))
                                .get("type") == null)
                        .forEach(p -> missing.add(method + " " + path + ": type of parameter " + p.get("name")));
            }
        }));
        Map<String, Map<String, Object>> schemas = spec.getMap("components.schemas");
        schemas.forEach((name, schema) -> {
            if (schema.get("description") == null) {
                missing.add("schema " + name);
            }
        });
        assertEquals(List.of(), missing, "undocumented parts of the contract");
    }
}
