package fr.cpts.registry.http;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<ProblemError> errors) {

    /** The detail and the path may echo what the client sent: kept within the bounds the contract declares. */
    public Problem {
        detail = bounded(detail, 1000);
        instance = bounded(instance, 8192);
    }

    public static Problem of(ProblemType type, String detail, String instance, List<ProblemError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }

    /** The text cut to at most {@code max} characters, the cut marked with an ellipsis. */
    static String bounded(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
