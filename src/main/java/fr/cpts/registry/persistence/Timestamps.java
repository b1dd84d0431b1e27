package fr.cpts.registry.persistence;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Timestamps as PostgreSQL keeps them (microseconds): a write answers what a later read returns. */
public final class Timestamps {

    private Timestamps() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
