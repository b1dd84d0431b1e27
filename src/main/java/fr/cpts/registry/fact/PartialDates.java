package fr.cpts.registry.fact;

/** Regular expression of the partial ISO-8601 dates this API writes: YYYY, YYYY-MM or YYYY-MM-DD. */
public final class PartialDates {

    public static final String PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

    private PartialDates() {
    }
}
