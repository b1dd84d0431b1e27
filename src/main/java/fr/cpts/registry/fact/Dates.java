package fr.cpts.registry.fact;

import java.time.LocalDate;

/** Bounds of the dates the registry accepts. */
public final class Dates {

    /** CPTS were created by the law of 26 January 2016 (loi de modernisation de notre système de santé). */
    public static final LocalDate EARLIEST = LocalDate.of(2016, 1, 1);

    private Dates() {
    }

    /** Whether a date is plausible for a CPTS fact: not before 2016, not in the future. */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LocalDate.now());
    }
}
