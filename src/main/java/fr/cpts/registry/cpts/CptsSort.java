package fr.cpts.registry.cpts;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders a CPTS list can be read in. Each is a keyset: a key expression, then the id as tie-breaker, so a
 * cursor is a (key, id) position. Null keys (no contract) come last in both directions.
 */
public enum CptsSort {
    NAME("name", "c.searchName", false, false),
    NAME_DESC("-name", "c.searchName", true, false),
    ACI_SIGNED_ON("aciSignedOn", "k.signedOn", false, true),
    ACI_SIGNED_ON_DESC("-aciSignedOn", "k.signedOn", true, true);

    public static final String VALUES = Arrays.stream(values()).map(s -> s.param).collect(Collectors.joining(", "));

    final String param;
    final String key;
    final boolean descending;
    final boolean dateKey;

    CptsSort(String param, String key, boolean descending, boolean dateKey) {
        this.param = param;
        this.key = key;
        this.descending = descending;
        this.dateKey = dateKey;
    }

    static CptsSort fromParam(String value) {
        for (CptsSort sort : values()) {
            if (sort.param.equalsIgnoreCase(value)) {
                return sort;
            }
        }
        return null;
    }

    String orderBy() {
        return key + (descending ? " desc" : " asc") + " nulls last, c.id asc";
    }

    /** Rows strictly after (key, id) in this order; a null key is past every non-null key. */
    String after(boolean nullKey) {
        if (nullKey) {
            return key + " is null and c.id > :afterId";
        }
        return "(" + key + (descending ? " < " : " > ") + ":afterKey or (" + key + " = :afterKey and c.id > :afterId) or "
                + key + " is null)";
    }
}
