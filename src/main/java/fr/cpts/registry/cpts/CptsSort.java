package fr.cpts.registry.cpts;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import fr.cpts.registry.http.Cursor;

/**
 * The orders a CPTS list can be read in. Each is a keyset: a key expression, then the id as tie-breaker in the same
 * direction, so a cursor is a (key, id) position and every order walks an index (V18). Null keys (no contract) come
 * last in both directions.
 */
public enum CptsSort {
    NAME("name", "c.search_name", false, false),
    NAME_DESC("-name", "c.search_name", true, false),
    ACI_SIGNED_ON("aciSignedOn", "c.aci_signed_on", false, true),
    ACI_SIGNED_ON_DESC("-aciSignedOn", "c.aci_signed_on", true, true);

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
        String direction = descending ? " desc" : " asc";
        // Names are never null: no nulls clause, which would keep a descending order from reading the name index
        // backwards (that gives nulls first).
        return key + direction + (dateKey ? " nulls last" : "") + ", c.id" + direction;
    }

    /**
     * Rows strictly after the cursor's (key, id) in this order, in SQL, its values added to {@code params}: a row
     * comparison, which the order's index starts at. A null key (only a date: no contract) is past every non-null key.
     */
    String after(Cursor cursor, List<Object> params) {
        String past = descending ? " < " : " > ";
        if (cursor.key() == null) {
            params.add(cursor.id());
            return key + " IS NULL AND c.id" + past + "?";
        }
        params.addAll(List.of(dateKey ? cursor.dateKey() : cursor.key(), cursor.id()));
        // Names are never null (search_name is generated from the name, which is required).
        return "((" + key + ", c.id)" + past + "(?, ?)" + (dateKey ? " OR " + key + " IS NULL)" : ")");
    }
}
