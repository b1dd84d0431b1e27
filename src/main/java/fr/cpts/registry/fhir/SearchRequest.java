package fr.cpts.registry.fhir;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import fr.cpts.registry.http.ApiException;
import fr.cpts.registry.http.Links;
import fr.cpts.registry.http.ProblemType;
import fr.cpts.registry.http.QueryParameters;

/**
 * The query parameters of a FHIR interaction. A parameter the interaction does not support is refused (400
 * OperationOutcome) under {@code Prefer: handling=strict}, the default, and ignored under {@code handling=lenient}:
 * left out of the search and of the links written back (self, next), as FHIR search asks. Every error is collected
 * first, so that one answer names every bad parameter.
 */
final class SearchRequest {

    /** The paging position, written into {@code next} links only (opaque; see http.Cursor). */
    static final String CURSOR = "_cursor";
    /** Formats FHIR's _format may name for JSON; XML is not served. */
    private static final Set<String> JSON_FORMATS = Set.of("json", "application/json", "application/fhir+json");

    private final MultivaluedMap<String, String> given;
    private final QueryParameters errors = new QueryParameters();
    private final List<Map.Entry<String, String>> kept = new ArrayList<>();

    /**
     * @param supported the parameters the interaction takes, modifiers included ({@code name:exact}); {@code _format}
     *                  is always supported
     */
    SearchRequest(UriInfo uri, String prefer, Set<String> supported) {
        given = uri.getQueryParameters();
        boolean lenient = lenient(prefer);
        Set<String> accepted = new TreeSet<>(supported);
        accepted.add("_format");
        given.forEach((name, values) -> {
            if (!accepted.contains(name)) {
                if (!lenient) {
                    errors.reject(name, "unknown or unsupported parameter; accepted: " + String.join(", ", accepted)
                            + " (send Prefer: handling=lenient to have unknown parameters ignored)");
                }
                return;
            }
            for (String value : values) {
                if (value.isBlank()) {
                    errors.reject(name, "is empty; give a value or leave the parameter out");
                } else if (!name.equals(CURSOR)) {
                    kept.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
                }
            }
        });
        String format = single("_format");
        if (format != null && !JSON_FORMATS.contains(format.toLowerCase(Locale.ROOT).split(";")[0].strip())) {
            throw new ApiException(ProblemType.NOT_ACCEPTABLE, "Only JSON is served (_format=json, application/json "
                    + "or application/fhir+json), not '" + format + "'.");
        }
    }

    /** Whether the client asked unknown parameters to be ignored (RFC 7240 preference, as FHIR uses it). */
    static boolean lenient(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split("[,;]")) {
            if (preference.strip().replace(" ", "").equalsIgnoreCase("handling=lenient")) {
                return true;
            }
        }
        return false;
    }

    /** The value of a parameter that may be given once; null when absent (or ignored). */
    String single(String name) {
        List<String> values = name.equals(CURSOR) ? given.getOrDefault(CURSOR, List.of()) : all(name);
        if (values.size() > 1) {
            errors.reject(name, "given " + values.size() + " times; give it at most once");
            return null;
        }
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    /** Every value of a parameter that may be repeated (each an AND), in order. */
    List<String> all(String name) {
        return kept.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    /** A parameter's comma-separated values (an OR), each trimmed. */
    List<String> anyOf(String name) {
        String value = single(name);
        return value == null ? List.of() : List.of(value.split(",")).stream().map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    /** _count: 1 or more; above the maximum, pages of the maximum (FHIR lets a server return fewer than asked). */
    int count() {
        return Math.min(Fhir.MAX_COUNT, errors.integer("_count", single("_count"), 1, Integer.MAX_VALUE,
                Fhir.DEFAULT_COUNT));
    }

    void reject(String name, String detail) {
        errors.reject(name, detail);
    }

    QueryParameters errors() {
        return errors;
    }

    /** Ends the parsing: one 400 naming every bad parameter. */
    void validate() {
        errors.validate();
    }

    /** The link of this search, relative to the FHIR base: the parameters kept, then the cursor if any. */
    String link(String type, String cursor) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>(kept);
        if (cursor != null) {
            parameters.add(new AbstractMap.SimpleImmutableEntry<>(CURSOR, cursor));
        }
        return Links.of(type, parameters);
    }
}
