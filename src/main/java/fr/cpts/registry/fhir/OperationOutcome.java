package fr.cpts.registry.fhir;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.cpts.registry.http.ProblemError;
import fr.cpts.registry.http.ProblemType;

/**
 * The body of every 4xx and 5xx answer under /fhir/: a FHIR R4 OperationOutcome, one issue for the error as a whole
 * and one for each parameter or field at fault (its name in {@code expression}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OperationOutcome(String resourceType, List<Issue> issue) {

    public static final String MEDIA_TYPE = "application/fhir+json";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Issue(String severity, String code, Details details, String diagnostics, List<String> expression) {
    }

    public record Details(String text) {
    }

    public static OperationOutcome of(ProblemType type, String detail, List<ProblemError> errors) {
        String code = code(type);
        List<Issue> issues = new ArrayList<>();
        issues.add(new Issue("error", code, new Details(type.title()), detail, List.of()));
        for (ProblemError error : errors) {
            issues.add(new Issue("error", code, null, error.detail(), List.of(error.name())));
        }
        return new OperationOutcome("OperationOutcome", issues);
    }

    /** The issue type (http://hl7.org/fhir/issue-type) closest to each problem type. */
    static String code(ProblemType type) {
        return switch (type) {
            case INVALID_PARAMETER, MALFORMED_REQUEST -> "invalid";
            case VALIDATION_FAILED -> "invariant";
            case UNAUTHORIZED -> "login";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case GONE -> "deleted";
            case METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "not-supported";
            case CONFLICT, PRECONDITION_FAILED, PRECONDITION_REQUIRED -> "conflict";
            case PAYLOAD_TOO_LARGE -> "too-costly";
            case TOO_MANY_REQUESTS -> "throttled";
            case SERVICE_UNAVAILABLE -> "transient";
            case INTERNAL_ERROR -> "exception";
        };
    }
}
