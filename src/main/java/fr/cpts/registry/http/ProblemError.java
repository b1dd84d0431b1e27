package fr.cpts.registry.http;

/** What is wrong with one parameter or field of a request. */
public record ProblemError(String in, String name, String detail) {

    public static ProblemError query(String name, String detail) {
        return new ProblemError("query", name, detail);
    }

    /** An error on the request body; {@code pointer} is an RFC 6901 JSON pointer ("" for the whole body). */
    public static ProblemError body(String pointer, String detail) {
        return new ProblemError("body", pointer, detail);
    }
}
