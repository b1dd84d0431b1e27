package fr.cpts.registry.http;

/**
 * Bounds the contract declares for figures the API serves (OWASP API4: every integer bounded). Generous on purpose:
 * they say what a client must be ready to read, not what France holds today (68 million inhabitants, under 35,000
 * communes, about 1,000 CPTS).
 */
public final class SchemaBounds {

    /** Inhabitants of any area, up to the whole country. */
    public static final String POPULATION = "100000000";
    /** Communes, municipal districts or CPTS in any area. */
    public static final String UNITS = "100000";
    /** Versions of a resource and positions in the change feed. */
    public static final String VERSION = "9223372036854775807";
    /** Vintage (year) of the reference geography. */
    public static final String VINTAGE_MIN = "2000";
    public static final String VINTAGE_MAX = "2100";

    private SchemaBounds() {
    }
}
