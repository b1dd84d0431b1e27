package fr.cpts.registry.source;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hibernate.Session;

import fr.cpts.registry.http.BodyErrors;

/** How request bodies name a source, and the check that the sources they name exist. */
public final class SourceIds {

    public static final String PATTERN = "src_[0-9a-z]{1,28}";
    public static final String MESSAGE = "must be a source id such as src_bbdndrjz3kfz";

    private SourceIds() {
    }

    /** Reports every source id (by pointer) that names no source, in one query; null ids are left to validation. */
    public static void requireExisting(BodyErrors errors, Map<String, String> idsByPointer) {
        Set<String> ids = new HashSet<>(idsByPointer.values());
        ids.remove(null);
        if (ids.isEmpty()) {
            return;
        }
        // The sources themselves, not only their ids: the write's representation after then finds them loaded. Loaded
        // by id in one statement, which (unlike a query) neither flushes nor dirty-checks the write's entities first.
        Set<String> known = new HashSet<>();
        SourceEntity.getEntityManager().unwrap(Session.class).findMultiple(SourceEntity.class, List.copyOf(ids))
                .forEach(source -> {
                    if (source != null) {
                        known.add(source.id);
                    }
                });
        idsByPointer.forEach((pointer, id) -> {
            if (id != null && !known.contains(id)) {
                errors.reject(pointer, "no source has id '" + id + "'; see /v1/sources");
            }
        });
    }

    /** The id at a pointer, for {@link #requireExisting}. */
    public static Map<String, String> at(String pointer, String id) {
        return Objects.isNull(id) ? Map.of() : Map.of(pointer, id);
    }
}
