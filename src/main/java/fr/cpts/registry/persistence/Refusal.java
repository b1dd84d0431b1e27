package fr.cpts.registry.persistence;

/**
 * Why the registry refuses a read or a write, whatever the protocol that asked: services and entities throw it and
 * know nothing of HTTP; the HTTP layer answers each kind with its problem type (ProblemMappers), under /fhir as an
 * OperationOutcome.
 */
public class Refusal extends RuntimeException {

    public enum Kind {
        /** No such record. */
        NOT_FOUND,
        /** The record was deleted; its tombstone stays. */
        GONE,
        /** The change contradicts the record's state. */
        CONFLICT,
        /** A write that names no version it was prepared from ({@link ExpectedVersion}). */
        VERSION_REQUIRED,
        /** A write prepared from another version than the current one ({@link ExpectedVersion}). */
        VERSION_MISMATCH
    }

    private final Kind kind;

    public Refusal(Kind kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
    }

    public static Refusal notFound(String what, String id) {
        String shown = id.length() <= 64 ? " with id '" + id + "'" : " with this id";
        return new Refusal(Kind.NOT_FOUND, "No " + what + shown + ".");
    }

    public Kind kind() {
        return kind;
    }
}
