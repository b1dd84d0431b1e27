package fr.cpts.registry.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents in the contract what the shared HTTP layer does for every operation, so that no operation can forget it:
 * conditional GETs (If-None-Match, ETag, Cache-Control, 304), the problem+json errors (400 for bad or unknown
 * query parameters or bodies, 401/403 on secured operations, 404 on paths with an id, 410 for deleted CPTS,
 * 412/428 with If-Match, 413/415/422 with a body, 406, 429, 500, 503), the rate-limit and CORS headers of every
 * response, Location and ETag on 201, and the page envelope of collections. It also tidies the generated schemas so
 * that the responses validate against them (nullable references and enumerations, bounded dates) and makes every
 * property the server always sends required.
 */
public class OpenApiConventions implements OASFilter {

    private static final List<String> COMMON_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset", "RateLimit-Policy", "Access-Control-Allow-Origin");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().getResponses().values().forEach(OpenApiConventions::addCommonHeaders);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(path, entry.getKey(), entry.getValue());
            }
        });
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (name.startsWith("Page")) {
                describePage(name.substring("Page".length()), schema);
            }
        });
        // Schemas generated for java.time types.
        describe(openAPI, "LocalDate", "An ISO-8601 calendar date (YYYY-MM-DD).");
        describe(openAPI, "OffsetDateTime", "An ISO-8601 date and time with its UTC offset.");
        openAPI.getComponents().getSchemas().values().forEach(OpenApiConventions::normalise);
        requireWhatIsAlwaysSent(openAPI);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                .filter(operation -> operation.getParameters() != null)
                .forEach(operation -> operation.getParameters().forEach(p -> normalise(p.getSchema()))));
    }

    /**
     * Every property of a response schema is required: the server always sends it (null included, where nullable), so
     * a generated client can type it as present. A schema with properties that may be absent (a page's next, a
     * deletion's href) lists its required ones itself. Request schemas keep what Bean Validation makes required.
     */
    private static void requireWhatIsAlwaysSent(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> requests = new HashSet<>();
        Set<String> responses = new HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(media -> reach(media.getSchema(), schemas, requests));
            }
            operation.getResponses().getAPIResponses().values().forEach(response -> reach(response, schemas, responses));
        }));
        openAPI.getComponents().getResponses().values().forEach(response -> reach(response, schemas, responses));
        responses.removeAll(requests);
        for (String name : responses) {
            Schema schema = schemas.get(name);
            if (schema.getProperties() != null && schema.getRequired() == null) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static void reach(APIResponse response, Map<String, Schema> schemas, Set<String> names) {
        if (response.getContent() != null) {
            response.getContent().getMediaTypes().values().forEach(media -> reach(media.getSchema(), schemas, names));
        }
    }

    /** Adds to {@code names} every component schema {@code schema} refers to, directly or not. */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (names.add(name)) {
                reach(schemas.get(name), schemas, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, names));
        }
        reach(schema.getItems(), schemas, names);
        reach(schema.getAdditionalPropertiesSchema(), schemas, names);
        for (List<Schema> alternatives : Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (alternatives != null) {
                alternatives.forEach(alternative -> reach(alternative, schemas, names));
            }
        }
    }

    /**
     * Headers of every response, shared ones included: the rate-limit state (set before anything else answers, so
     * errors carry it too) and the CORS origin (any origin may read this open data).
     */
    private static void addCommonHeaders(APIResponse response) {
        for (String header : COMMON_HEADERS) {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(header)) {
                response.addHeader(header, OASFactory.createHeader().ref(header));
            }
        }
    }

    /**
     * Tidies what the generator writes for Java types, in every schema: a nullable reference comes as
     * {@code type: object, anyOf: [$ref, {type: "null"}]}, whose outer type refuses the null the anyOf allows, and a
     * reference may carry a {@code type} beside it; the reference (or anyOf) alone says it. A nullable enumeration
     * must list null among its values. ISO-8601 dates and date-times are bounded by their format.
     */
    private static void normalise(Schema schema) {
        if (schema == null) {
            return;
        }
        boolean nullableReference = schema.getAnyOf() != null && schema.getAnyOf().stream()
                .anyMatch(s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL));
        if (nullableReference || schema.getRef() != null) {
            schema.setType(null);
        }
        if (schema.getEnumeration() != null && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.NULL) && !schema.getEnumeration().contains(null)) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        if (schema.getMaxLength() == null && schema.getFormat() != null) {
            switch (schema.getFormat()) {
                case "date" -> schema.setMaxLength(10);
                case "date-time" -> schema.setMaxLength(35);
                default -> {
                }
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiConventions::normalise);
        }
        normalise(schema.getItems());
    }

    private static void describe(OpenAPI openAPI, String schema, String description) {
        Schema generated = openAPI.getComponents().getSchemas().get(schema);
        if (generated != null) {
            generated.description(description);
        }
    }

    /** The generated schema of {@link Page} of T, named PageT, with what it means. */
    private static void describePage(String itemName, Schema page) {
        page.description("A page of " + itemName + " items, in the operation's order.")
                .required(List.of("items"));
        page.getProperties().get("items").description("The items of this page.").maxItems(PageRequest.MAX_LIMIT);
        page.getProperties().get("next")
                .description("Path and query of the next page, a relative reference to resolve against the URL called "
                        + "(e.g. /v1/cpts?limit=50&cursor=…); absent on the last page.")
                .format("uri-reference").maxLength(4096);
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            responses.addAPIResponse("401", ref("Unauthorized"));
            responses.addAPIResponse("403", ref("Forbidden"));
        }
        if (operation.getRequestBody() != null) {
            responses.addAPIResponse("400", ref("MalformedBody"));
            responses.addAPIResponse("413", ref("PayloadTooLarge"));
            responses.addAPIResponse("415", ref("UnsupportedMediaType"));
            responses.addAPIResponse("422", ref("ValidationFailed"));
        }
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "#/components/parameters/IfMatch".equals(p.getRef()));
        if (ifMatch) {
            responses.addAPIResponse("412", ref("PreconditionFailed"));
            responses.addAPIResponse("428", ref("PreconditionRequired"));
        }
        if (path.startsWith("/v1/cpts/{id}") && !path.endsWith("/history")) {
            responses.addAPIResponse("410", ref("Gone"));
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", OASFactory.createHeader().ref("Location"));
            created.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null) {
                addCommonHeaders(response);
            }
        });
        responses.addAPIResponse("429", ref("TooManyRequests"));
        if (method == PathItem.HttpMethod.GET) {
            if (operation.getParameters() == null || operation.getParameters().stream()
                    .noneMatch(p -> "#/components/parameters/IfNoneMatch".equals(p.getRef()))) {
                operation.addParameter(OASFactory.createParameter().ref("IfNoneMatch"));
            }
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader("ETag", OASFactory.createHeader().ref("ETag"));
                ok.addHeader("Cache-Control", OASFactory.createHeader().ref("Cache-Control"));
            }
            responses.addAPIResponse("304", ref("NotModified"));
        }
        if (responses.getAPIResponse("400") == null) {
            responses.addAPIResponse("400", ref("BadRequest"));
        }
        if (path.contains("{")) {
            responses.addAPIResponse("404", ref("NotFound"));
        }
        responses.addAPIResponse("406", ref("NotAcceptable"));
        responses.addAPIResponse("500", ref("InternalError"));
        responses.addAPIResponse("503", ref("ServiceUnavailable"));
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }
}
