package fr.cpts.registry.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Contract conformance: every response the tests receive through RestAssured is checked against the committed
 * contract, openapi/openapi.yaml — the operation exists, it declares the status, the media type and, for JSON, a
 * schema the body validates against (JSON Schema 2020-12, the OpenAPI 3.1 dialect). A deviation fails the test that
 * made the request. Installed before every @QuarkusTest method by {@link RestAssuredSetup}.
 */
public final class OpenApiConformance implements Filter {

    private static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static volatile OpenApiConformance instance;

    private record Route(Pattern pattern, String template, int variables) {
    }

    private final JsonNode contract;
    private final String location;
    private final List<Route> routes;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private final PropertyPresence presence;

    private OpenApiConformance() {
        try {
            contract = new YAMLMapper().readTree(Files.readString(CONTRACT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        location = CONTRACT.toAbsolutePath().toUri().toString();
        presence = new PropertyPresence(contract);
        List<Route> found = new ArrayList<>();
        contract.path("paths").fieldNames().forEachRemaining(template -> found.add(new Route(
                Pattern.compile("^" + template.replaceAll("\\{[^}]+}", "[^/]+") + "$"), template,
                template.split("\\{", -1).length - 1)));
        // A literal segment wins over a variable one (/v1/cpts/{id} vs a fixed path of the same shape).
        found.sort(Comparator.comparingInt(Route::variables));
        routes = List.copyOf(found);
        factory = JsonSchemaFactory.getInstance(VersionFlag.V202012,
                builder -> builder.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    }

    /** Adds the check to RestAssured's default filters, once per class loader (each test profile has its own). */
    public static void install() {
        OpenApiConformance checker = instance();
        if (!RestAssured.filters().contains(checker)) {
            RestAssured.filters(checker);
        }
    }

    /** Writes what this class loader observed of property presence (after each test class). */
    static void flushObservations() {
        instance().presence.flush();
    }

    /** The contract is read once per class loader. */
    private static OpenApiConformance instance() {
        if (instance == null) {
            synchronized (OpenApiConformance.class) {
                if (instance == null) {
                    instance = new OpenApiConformance();
                }
            }
        }
        return instance;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected,
            FilterContext context) {
        Response response = context.next(request, expected);
        String path = URI.create(request.getURI()).getRawPath();
        // CORS preflights are answered by the HTTP layer for any path, before the API; the contract has no OPTIONS.
        boolean preflight = "OPTIONS".equalsIgnoreCase(request.getMethod())
                && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
        if (!preflight) {
            List<String> deviations = deviations(request.getMethod(), path, response.statusCode(),
                    response.contentType(), decoded(response));
            if (!deviations.isEmpty()) {
                throw new AssertionError("The response to " + request.getMethod() + " " + request.getURI()
                        + " deviates from openapi/openapi.yaml:\n  " + String.join("\n  ", deviations)
                        + "\n  body: " + abbreviate(response.asString()));
            }
        }
        return response;
    }

    /** The body as the application wrote it: tests that ask for a content coding get it undecoded. */
    private static byte[] decoded(Response response) {
        byte[] body = response.asByteArray();
        String coding = response.header("Content-Encoding");
        if (coding == null || body.length == 0) {
            return body;
        }
        try (var in = switch (coding) {
            case "gzip" -> new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body));
            case "deflate" -> new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(body));
            default -> throw new AssertionError("unexpected Content-Encoding: " + coding);
        }) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How a response deviates from the contract; empty when it conforms or when the path is not under /v1 (health,
     * metrics and the contract itself are not part of it).
     */
    public static List<String> deviations(String method, String rawPath, int status, String contentType, byte[] body) {
        // The HTTP layer routes /v1//x as /v1/x and /v1/x/ as /v1/x: the same operation.
        String path = rawPath.replaceAll("/{2,}", "/");
        path = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!(path.startsWith("/v1/") || "/v1".equals(path))) {
            return List.of();
        }
        return instance().check(method, path, status, contentType, body);
    }

    private List<String> check(String method, String path, int status, String contentType, byte[] bytes) {
        String pointer = operation(method, path);
        if (pointer == null) {
            // Not an operation of the contract: only the conventions' 404/405 problem can answer it, or the 400 of a
            // target that cannot be read (RequestTargets, before any route).
            if (status != 404 && status != 405 && status != 400) {
                return List.of("no operation " + method + " " + path + " in the contract, yet status " + status);
            }
            return bytes.length == 0 && "head".equalsIgnoreCase(method) ? List.of()
                    : body(bytes, "/components/schemas/Problem", "application/problem+json");
        }
        JsonNode responses = contract.at(pointer + "/responses");
        String code = Integer.toString(status);
        String key = responses.has(code) ? code : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of("status " + status + " is not declared (declared: " + names(responses) + ")");
        }
        String declared = pointer + "/responses/" + escape(key);
        JsonNode ref = contract.at(declared).path("$ref");
        if (ref.isTextual()) {
            declared = ref.asText().substring(1);
        }
        JsonNode content = contract.at(declared + "/content");
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (bytes.length == 0) {
            // No body where none is declared or due; an empty stream (NDJSON of no item) where one is declared.
            boolean emptyStream = content.has(mediaType) && !isJson(mediaType);
            return status == 304 || status == 204 || "head".equalsIgnoreCase(method) || content.isMissingNode()
                    || emptyStream ? List.of() : List.of("status " + status + " declares a body, none was sent");
        }
        if (content.isMissingNode()) {
            return List.of("status " + status + " declares no body, one was sent (" + contentType + ")");
        }
        if (!content.has(mediaType)) {
            return List.of("media type '" + mediaType + "' is not declared for status " + status + " (declared: "
                    + names(content) + ")");
        }
        return body(bytes, declared + "/content/" + escape(mediaType) + "/schema", mediaType);
    }

    /** The JSON pointer of the operation in the contract, or null. */
    private String operation(String method, String path) {
        String verb = method.toLowerCase(Locale.ROOT);
        for (Route route : routes) {
            if (route.pattern().matcher(path).matches()) {
                JsonNode item = contract.path("paths").path(route.template());
                String chosen = item.has(verb) ? verb : "head".equals(verb) && item.has("get") ? "get" : null;
                return chosen == null || !METHODS.contains(chosen) ? null
                        : "/paths/" + escape(route.template()) + "/" + chosen;
            }
        }
        return null;
    }

    private List<String> body(byte[] bytes, String schemaPointer, String mediaType) {
        if (!isJson(mediaType)) {
            return List.of();
        }
        JsonNode body;
        try {
            body = json.readTree(bytes);
        } catch (IOException e) {
            return List.of("the " + mediaType + " body is not JSON: " + e.getMessage());
        }
        JsonSchema schema = schemas.computeIfAbsent(schemaPointer,
                p -> factory.getSchema(SchemaLocation.of(location + "#" + p)));
        Set<ValidationMessage> errors = schema.validate(body);
        presence.observe(contract.at(schemaPointer), body);
        return errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String abbreviate(String body) {
        return body.length() <= 500 ? body : body.substring(0, 500) + "…";
    }
}
