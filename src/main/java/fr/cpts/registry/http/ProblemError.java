package fr.cpts.registry.http;

/** What is wrong with one parameter or field of a request. */
public record ProblemError(String in, String name, String detail) {

    public static ProblemError query(String name, String detail) {
        return new ProblemError("query", name, detail);
    }
}
