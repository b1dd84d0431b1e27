package fr.cpts.registry.http;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<ProblemError> errors) {

    public static Problem of(ProblemType type, String detail, String instance, List<ProblemError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }
}
