package fr.cpts.registry.fhir;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import fr.cpts.registry.http.Cursor;

/**
 * The orders of an Organization search (_sort), each a keyset over (key, id). The default, by id, never moves an
 * entry: paging through it while editors write neither repeats nor skips one. By name or _lastUpdated, an entry whose
 * name or update changes between two pages moves with it (README).
 */
enum OrganizationSort {
    ID("_id", null, false), ID_DESC("-_id", null, true),
    NAME("name", "c.searchName", false), NAME_DESC("-name", "c.searchName", true),
    LAST_UPDATED("_lastUpdated", "c.updatedAt", false), LAST_UPDATED_DESC("-_lastUpdated", "c.updatedAt", true);

    final String param;
    private final String key;
    private final boolean descending;

    OrganizationSort(String param, String key, boolean descending) {
        this.param = param;
        this.key = key;
        this.descending = descending;
    }

    static OrganizationSort of(String param) {
        for (OrganizationSort sort : values()) {
            if (sort.param.equals(param)) {
                return sort;
            }
        }
        return null;
    }

    String orderBy() {
        String direction = descending ? " desc" : "";
        return (key == null ? "" : key + direction + ", ") + "c.id" + direction;
    }

    /** The condition of the rows after the cursor (parameters afterKey, afterId). */
    String after() {
        String op = descending ? " < " : " > ";
        return key == null ? "c.id" + op + ":afterId"
                : "(" + key + op + ":afterKey or (" + key + " = :afterKey and c.id" + op + ":afterId))";
    }

    /** The key of a row (c.searchName or c.updatedAt), as a cursor carries it. */
    String keyOf(String searchName, OffsetDateTime updatedAt) {
        return key == null ? null : this == NAME || this == NAME_DESC ? searchName : updatedAt.toString();
    }

    /** The cursor's key as the query compares it; null for a forged one. */
    Object key(Cursor cursor) {
        if (key == null || cursor.key() == null) {
            return null;
        }
        if (this == NAME || this == NAME_DESC) {
            return cursor.key();
        }
        try {
            return OffsetDateTime.parse(cursor.key());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
