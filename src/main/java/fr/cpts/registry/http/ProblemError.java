package fr.cpts.registry.http;

/** What is wrong with one parameter or field of a request. */
public record ProblemError(String in, String name, String detail) {

    /** A name or detail may echo what the client sent: kept within the bounds the contract declares. */
    public ProblemError {
        name = Problem.bounded(name, 200);
        detail = Problem.bounded(detail, 500);
    }

    public static ProblemError query(String name, String detail) {
        return new ProblemError("query", name, detail);
    }

    /** An error on the request body; {@code pointer} is an RFC 6901 JSON pointer ("" for the whole body). */
    public static ProblemError body(String pointer, String detail) {
        return new ProblemError("body", pointer, detail);
    }
}
