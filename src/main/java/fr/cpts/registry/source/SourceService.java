package fr.cpts.registry.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.fact.SourcedCount;
import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.persistence.Refusal;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class SourceService {

    /** Sources are listed by publication date, then id. */
    public static final String SORT = "publishedOn";

    @ReadOnlyTransaction
    public Page<Source> list(PageRequest page) {
        Cursor after = page.after();
        List<SourceEntity> rows = after == null
                ? SourceEntity.find("order by publishedOn, id").page(0, page.fetchSize()).list()
                : SourceEntity.find("publishedOn > :key or (publishedOn = :key and id > :id) order by publishedOn, id",
                        Parameters.with("key", after.dateKey()).and("id", after.id()))
                        .page(0, page.fetchSize()).list();
        return page.page(rows, Source::of, s -> new Cursor(SORT, s.publishedOn.toString(), s.id));
    }

    @ReadOnlyTransaction
    public Versioned<Source> get(String id) {
        SourceEntity source = Ids.plausible(id) ? SourceEntity.findById(id) : null;
        if (source == null) {
            throw Refusal.notFound("source", id);
        }
        return new Versioned<>(Source.of(source), source.version);
    }

    /** References for the given source ids, in one query. */
    @ReadOnlyTransaction
    public Map<String, SourceRef> refs(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SourceEntity.<SourceEntity>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, SourceRef::of));
    }

    public static SourceRef ref(SourceEntity source) {
        return source == null ? null : SourceRef.of(source);
    }

    /** A declared number with its precision and source; null when no number is declared. */
    public static SourcedCount sourced(Integer value, Precision precision, SourceEntity source) {
        return value == null ? null : new SourcedCount(value, precision, ref(source));
    }
}
