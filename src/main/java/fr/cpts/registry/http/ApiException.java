package fr.cpts.registry.http;

import java.time.Duration;
import java.util.List;

/** Thrown anywhere in a request to answer with a problem+json of the given type. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<ProblemError> errors;
    private final Duration retryAfter;

    private ApiException(ProblemType type, String detail, List<ProblemError> errors, Duration retryAfter) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public ApiException(ProblemType type, String detail, List<ProblemError> errors) {
        this(type, detail, errors, null);
    }

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    /** A refusal the client may retry after this long (the answer's Retry-After). */
    public static ApiException retryLater(ProblemType type, String detail, Duration after) {
        return new ApiException(type, detail, List.of(), after);
    }

    public ProblemType type() {
        return type;
    }

    public List<ProblemError> errors() {
        return errors;
    }

    /** When the client may retry, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
