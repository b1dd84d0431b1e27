package fr.cpts.registry.http;

import java.util.List;

/** Thrown anywhere in a request to answer with a problem+json of the given type. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<ProblemError> errors;

    public ApiException(ProblemType type, String detail, List<ProblemError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<ProblemError> errors() {
        return errors;
    }
}
