package fr.cpts.registry.http;

import java.util.List;

import fr.cpts.registry.fhir.OperationOutcome;

/**
 * How an error answer is written, chosen by the request's path whichever layer refuses the request (a resource, the
 * REST layer, a Vert.x route): the JSON API answers RFC 9457 problem+json, the FHIR view (under {@code /fhir/}) a FHIR
 * OperationOutcome, which is what a FHIR client can read.
 */
public enum ErrorFormat {

    PROBLEM(ProblemMappers.PROBLEM_JSON) {
        @Override
        public Object body(ProblemType type, String detail, String path, List<ProblemError> errors) {
            return Problem.of(type, detail, path, errors);
        }
    },
    OPERATION_OUTCOME(OperationOutcome.MEDIA_TYPE) {
        @Override
        public Object body(ProblemType type, String detail, String path, List<ProblemError> errors) {
            return OperationOutcome.of(type, detail, errors);
        }
    };

    private final String mediaType;

    ErrorFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public static ErrorFormat forPath(String path) {
        return path != null && (path.startsWith("/fhir/") || path.equals("/fhir")) ? OPERATION_OUTCOME : PROBLEM;
    }

    public String mediaType() {
        return mediaType;
    }

    public abstract Object body(ProblemType type, String detail, String path, List<ProblemError> errors);
}
