package fr.cpts.registry.persistence;

import java.util.Set;

/**
 * The versions of a record a write may apply to, as its client named them (over HTTP, If-Match): any current one, or
 * some versions; or none named. Checked by the write against the current version, under its lock.
 */
public record ExpectedVersion(boolean named, boolean any, Set<Long> versions) {

    /** The client named no version. */
    public static final ExpectedVersion NONE = new ExpectedVersion(false, false, Set.of());

    /** Refuses the write unless it names the current version (or any): see {@link Unmet}. */
    public void check(long current) {
        if (!named) {
            throw new Unmet(Refusal.Kind.VERSION_REQUIRED, current);
        }
        if (!any && !versions.contains(current)) {
            throw new Unmet(Refusal.Kind.VERSION_MISMATCH, current);
        }
    }

    /** A write that names no version, or not the current one, which it carries for the answer. */
    public static final class Unmet extends Refusal {

        private final long current;

        Unmet(Kind kind, long current) {
            super(kind, kind == Kind.VERSION_REQUIRED ? "This write names no version it was prepared from."
                    : "This write was prepared from another version than the current one.");
            this.current = current;
        }

        public long current() {
            return current;
        }
    }
}
