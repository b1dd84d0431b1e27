package fr.cpts.registry.cpts;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import fr.cpts.registry.http.Cursor;

/**
 * The orders a CPTS list can be read in. Each is a keyset: a key expression, then the id as tie-breaker, so a
 * cursor is a (key, id) position. Null keys (no contract) come last in both directions.
 */
public enum CptsSort {
    NAME("name", "c.search_name", false, false),
    NAME_DESC("-name", "c.search_name", true, false),
    ACI_SIGNED_ON("aciSignedOn", "k.signed_on", false, true),
    ACI_SIGNED_ON_DESC("-aciSignedOn", "k.signed_on", true, true);

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

    /**
     * Rows strictly after the cursor's (key, id) in this order, in SQL, its values added to {@code params}; a null key
     * (only a date: no contract) is past every non-null key. Ascending by name, a row comparison: the sort index then
     * starts at the cursor instead of the whole list being read and sorted again for each page.
     */
    String after(Cursor cursor, List<Object> params) {
        if (cursor.key() == null) {
            params.add(cursor.id());
            return key + " IS NULL AND c.id > ?";
        }
        Object value = dateKey ? cursor.dateKey() : cursor.key();
        if (!dateKey && !descending) {
            params.addAll(List.of(value, cursor.id()));
            return "(" + key + ", c.id) > (?, ?)";
        }
        params.addAll(List.of(value, value, cursor.id()));
        // Names are never null (search_name is generated from the name, which is required).
        return "(" + key + (descending ? " < " : " > ") + "? OR (" + key + " = ? AND c.id > ?)"
                + (dateKey ? " OR " + key + " IS NULL)" : ")");
    }
}
