package fr.cpts.registry.territory;

import java.util.regex.Pattern;

/** Formats of the INSEE codes accepted as parameters. */
public final class Codes {

    /** Two digits, or 2A/2B (Corsica), or three digits for overseas departments and collectivities. */
    public static final Pattern DEPARTMENT = Pattern.compile("\\d{2}|2[AB]|9[78]\\d");
    public static final String DEPARTMENT_FORMAT = "an INSEE department code such as 25, 2A or 974";

    public static final Pattern REGION = Pattern.compile("\\d{2}");
    public static final String REGION_FORMAT = "a two-digit INSEE region code such as 27";

    public static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    public static final String POSTAL_CODE_FORMAT = "a five-digit postal code such as 25000";

    private Codes() {
    }
}
