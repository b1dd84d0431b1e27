package fr.cpts.registry.territory;

import java.util.regex.Pattern;

/**
 * Formats of the INSEE codes accepted as parameters, as served by the reference geography. Letters in codes (2A, 2B)
 * are accepted in either case; the codes served are upper case.
 */
public final class Codes {

    /** Two digits, or three for the overseas collectivities (975, 977, 978, 984, 986 to 989). */
    public static final String REGION_PATTERN = "^\\d{2,3}$";
    public static final Pattern REGION = Pattern.compile(REGION_PATTERN);
    public static final String REGION_FORMAT = "an INSEE region code such as 27 or 975";

    /** Two digits, 2A/2B (Corsica), or three digits overseas. */
    public static final String DEPARTMENT_PATTERN = "^(\\d{2,3}|2[ABab])$";
    public static final Pattern DEPARTMENT = Pattern.compile(DEPARTMENT_PATTERN);
    public static final String DEPARTMENT_FORMAT = "an INSEE department code such as 25, 2A or 974";

    public static final String COMMUNE_PATTERN = "^(\\d{5}|2[ABab]\\d{3})$";
    public static final Pattern COMMUNE = Pattern.compile(COMMUNE_PATTERN);
    public static final String COMMUNE_FORMAT = "a five-character INSEE commune code such as 25056 or 2A004";

    public static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    public static final String POSTAL_CODE_FORMAT = "a five-digit postal code such as 25000";

    private Codes() {
    }

    /** A code as served: trimmed, upper case (2a004 is 2A004). */
    public static String canonical(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
