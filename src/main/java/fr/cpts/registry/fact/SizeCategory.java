package fr.cpts.registry.fact;

/** The ACI size category of a CPTS from the population it covers. */
public final class SizeCategory {

    private SizeCategory() {
    }

    /** 1 under 40,000 inhabitants, 2 under 80,000, 3 under 175,000, 4 from 175,000 (same thresholds as the schema). */
    public static int of(long population) {
        if (population < 40_000) {
            return 1;
        }
        if (population < 80_000) {
            return 2;
        }
        return population < 175_000 ? 3 : 4;
    }
}
