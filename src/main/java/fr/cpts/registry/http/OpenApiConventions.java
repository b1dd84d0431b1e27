package fr.cpts.registry.http;

import java.util.List;
import java.util.Map;

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
 * 412/428 with If-Match, 413/415/422 with a body, 406, 429, 500, 503), the rate-limit headers, and the page envelope
 * of collections.
 */
public class OpenApiConventions implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
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
                .description("Absolute URL of the next page; absent on the last page.")
                .format("uri").maxLength(4096);
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
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null) {
                for (String header : new String[] { "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset" }) {
                    response.addHeader(header, OASFactory.createHeader().ref(header));
                }
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
