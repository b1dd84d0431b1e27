package fr.cpts.registry.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The where clause of an Organization search over CptsEntity c, and its parameters; deleted CPTS never match. */
final class OrganizationQuery {

    private final StringBuilder where = new StringBuilder("c.removedAt is null");
    private final Map<String, Object> params = new HashMap<>();

    /** Adds a condition (AND). */
    OrganizationQuery and(String condition) {
        where.append(" and (").append(condition).append(')');
        return this;
    }

    /** Adds conditions of which one must hold (OR); none matches nothing. */
    OrganizationQuery anyOf(List<String> conditions) {
        return and(conditions.isEmpty() ? "1 = 0" : String.join(" or ", conditions));
    }

    /** A named parameter for a value, to write in a condition. */
    String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return ':' + name;
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
