package fr.cpts.registry.http;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns every error into an RFC 9457 problem+json response; nothing internal is ever shown. */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON for this operation.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the media types in Accept can be produced here.";
            case 415 -> "This media type is not accepted here.";
            default -> type.title() + ".";
        };
        Response response = respond(type, detail, uri, List.of());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
        }
        return response;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; it was logged as " + errorId + ".",
                uri, List.of());
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, List<ProblemError> errors) {
        String path = uri == null ? null : uri.getPath();
        return Response.status(type.status())
                .type(PROBLEM_JSON)
                .entity(Problem.of(type, detail, path, errors))
                .build();
    }
}
