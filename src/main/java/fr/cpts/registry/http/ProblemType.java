package fr.cpts.registry.http;

import java.net.URI;

/** The problem types this API returns; each is a stable URI in {@code type} of a problem+json body. */
public enum ProblemType {
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid request parameter"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Forbidden"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    GONE(410, "gone", "Resource removed"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    VALIDATION_FAILED(422, "validation-failed", "Validation failed"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable");

    public static final String URI_PREFIX = "urn:cpts-registry:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(URI_PREFIX + slug);
    }

    /** The type of a bare HTTP error status raised by the framework (routing, content negotiation). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_PARAMETER) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
