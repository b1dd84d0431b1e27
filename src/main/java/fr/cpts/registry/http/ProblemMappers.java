package fr.cpts.registry.http;

import java.time.Duration;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import fr.cpts.registry.persistence.ExpectedVersion;
import fr.cpts.registry.persistence.Refusal;

/**
 * Turns every error into an RFC 9457 problem+json response, or a FHIR OperationOutcome under /fhir/ (see
 * {@link ErrorFormat}); nothing internal is ever shown.
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response response = respond(e.type(), e.getMessage(), uri, e.errors());
        return e.retryAfter() == null ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfter().toSeconds()).build();
    }

    /** What the registry refuses, whatever layer found it: the problem type of each kind. */
    @ServerExceptionMapper
    public Response refusal(Refusal e, UriInfo uri) {
        ProblemType type = switch (e.kind()) {
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case GONE -> ProblemType.GONE;
            case CONFLICT -> ProblemType.CONFLICT;
            case VERSION_REQUIRED -> ProblemType.PRECONDITION_REQUIRED;
            case VERSION_MISMATCH -> ProblemType.PRECONDITION_FAILED;
        };
        return respond(type, e instanceof ExpectedVersion.Unmet unmet ? EntityTags.unmet(unmet) : e.getMessage(), uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return challenge("This operation needs a bearer token.", "", uri);
    }

    @ServerExceptionMapper
    public Response badToken(AuthenticationFailedException e, UriInfo uri) {
        return challenge("The bearer token is invalid, expired or not signed by a trusted key.",
                ", error=\"invalid_token\"", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "The token does not carry a role allowed to do this.", uri, List.of());
    }

    /** Bean Validation of a request body: 422, one error per invalid field, named by JSON pointer. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        BodyErrors errors = new BodyErrors();
        e.getConstraintViolations().forEach(v -> errors.reject(pointer(v), v.getMessage()));
        return api(errors.exception(), uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return malformedBody(e, "unknown property; accepted: " + e.getKnownPropertyIds(), uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String detail = e instanceof InvalidFormatException format
                ? "cannot be read as " + describe(format.getTargetType()) + ": '" + format.getValue() + "'"
                : "has the wrong type: expected " + describe(e.getTargetType());
        return malformedBody(e, detail, uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        return malformedBody(e, "cannot be read", uri);
    }

    @ServerExceptionMapper
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.", uri,
                List.of(ProblemError.body("", "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr())));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException parse) {
            return unparsable(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mapping instanceof MismatchedInputException mismatch ? mismatched(mismatch, uri) : mapping(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 400 -> "The request cannot be read: its body is not valid for this operation.";
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "None of the media types in Accept can be produced here.";
            case 413 -> "The request body is larger than this service accepts.";
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
        String requestId = RequestIds.current();
        if (databaseUnreachable(e)) {
            LOG.warnf("Database unreachable on %s: %s", uri.getPath(), rootMessage(e));
            return api(ApiException.retryLater(ProblemType.SERVICE_UNAVAILABLE, "The registry's database is "
                    + "unreachable; retry later (request " + requestId + ").", Duration.ofSeconds(5)), uri);
        }
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; it was logged with request id "
                + requestId + ".", uri, List.of());
    }

    /**
     * A failure to reach PostgreSQL (connection refused or lost, no pooled connection within the timeout), found in
     * the causes or the suppressed exceptions (a commit that lost its connection: the transaction manager suppresses
     * the driver's error).
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))
                    // The pool gave no connection in time: the database is unreachable, or saturated.
                    || (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT)
                            .contains("acquisition timeout"))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (databaseUnreachable(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, List<ProblemError> errors) {
        String path = uri == null ? null : uri.getPath();
        ErrorFormat format = ErrorFormat.forPath(path);
        return Response.status(type.status())
                .type(format.mediaType())
                .entity(format.body(type, detail, path, errors))
                .build();
    }

    /** An error answer from a Vert.x route, for what is refused before the REST layer. */
    static void end(io.vertx.ext.web.RoutingContext context, ProblemType type, String detail) {
        end(context, new ApiException(type, detail, List.of()));
    }

    /** An error answer from a Vert.x route, with the errors of the exception. */
    static void end(io.vertx.ext.web.RoutingContext context, ApiException e) {
        String path = context.request().path();
        ErrorFormat format = ErrorFormat.forPath(path);
        if (e.retryAfter() != null) {
            context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
        }
        context.response().setStatusCode(e.type().status())
                .putHeader(HttpHeaders.CONTENT_TYPE, format.mediaType())
                .end(io.vertx.core.json.Json.encode(format.body(e.type(), e.getMessage(), path, e.errors())));
    }

    private static Response challenge(String detail, String error, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, detail, uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cpts-registry\"" + error).build();
    }

    private static Response malformedBody(JsonMappingException e, String detail, UriInfo uri) {
        return respond(ProblemType.MALFORMED_REQUEST, "The request body does not match this operation's schema.", uri,
                List.of(ProblemError.body(pointer(e.getPath()), detail)));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return type == String.class ? "a string" : "an object";
    }

    /** A JSON pointer to the field a Jackson error is about. */
    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/').append(reference.getFieldName() != null ? escape(reference.getFieldName())
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    /** A JSON pointer to the body field a constraint violation is about: the method and parameter nodes dropped. */
    public static String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
