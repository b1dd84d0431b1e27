package fr.cpts.registry.cpts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;

import fr.cpts.registry.contract.ContractService;
import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.RawJson;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.DirectReads;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.source.SourceService;
import fr.cpts.registry.territory.ReferenceGeography;

@ApplicationScoped
public class CptsService {

    /** Every CPTS (its contract's signature date is kept on its row: V18). */
    private static final String FROM = " FROM cpts c ";
    /** Its representations as stored, v, when they are those of its current version. */
    private static final String READY = "LEFT JOIN cpts_read_model v ON " + CptsReadModel.CURRENT_ROW + " ";
    /** CPTS an export hands over at once. */
    private static final int CHUNK = 200;

    @Inject
    EntityManager em;

    @Inject
    DirectReads direct;

    @Inject
    CptsReadModel model;

    @Inject
    SourceService sources;

    @Inject
    ContractService contracts;

    @Inject
    ReferenceGeography geography;

    /** A row of a list: the CPTS, its stored summary (null when not current) and its sort keys. */
    private record ListRow(String id, byte[] summary, String searchName, LocalDate signedOn) {
    }

    /**
     * One page of CPTS in the given order, by keyset, as their summaries' JSON: one statement for the page and its
     * stored summaries, whatever the page size, without a transaction; those not stored are computed.
     */
    public Page<RawJson> list(CptsFilter filter, CptsSort sort, PageRequest page) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = where(filter, params);
        Cursor after = page.after();
        if (after != null) {
            where.append(" AND ").append(sort.after(after, params));
        }
        List<ListRow> rows = direct.list("SELECT c.id, " + CptsReadModel.CURRENT_SUMMARY
                + ", c.search_name, c.aci_signed_on" + FROM + "WHERE " + where + " ORDER BY "
                + sort.orderBy() + " LIMIT " + page.fetchSize(),
                row -> new ListRow(row.getString(1), row.getBytes(2), row.getString(3),
                        row.getObject(4, LocalDate.class)), params.toArray());
        List<String> missing = rows.stream().filter(row -> row.summary() == null).map(ListRow::id).toList();
        Map<String, byte[]> computed = missing.isEmpty() ? Map.of() : computedSummaries(missing);
        return page.page(rows, row -> new RawJson(row.summary() != null ? row.summary() : computed.get(row.id())),
                row -> new Cursor(sort.param, sort.dateKey ? Objects.toString(row.signedOn(), null) : row.searchName(),
                        row.id()));
    }

    /** The summaries of CPTS whose stored ones are not current, computed in one read-only transaction. */
    @ReadOnlyTransaction
    Map<String, byte[]> computedSummaries(List<String> ids) {
        Map<String, byte[]> summaries = new HashMap<>();
        compute(ids, detail -> model.json(CptsSummary.of(detail)), summaries);
        return summaries;
    }

    /** Every CPTS matching the filter, in order, as summaries, in constant memory (see {@link #export}). */
    @ReadOnlyTransaction
    public void exportSummaries(CptsFilter filter, CptsSort sort, Consumer<CptsSummary> sink) {
        export(filter, sort, CptsReadModel.CURRENT_SUMMARY, "", detail -> model.json(CptsSummary.of(detail)),
                summary -> sink.accept(model.read(summary, CptsSummary.class)));
    }

    /** Every CPTS matching the filter, in order, as the JSON of its detail (see {@link #export}). */
    @ReadOnlyTransaction
    public void exportDetails(CptsFilter filter, CptsSort sort, Consumer<byte[]> sink) {
        export(filter, sort, "v.detail", READY, model::json, sink);
    }

    /**
     * Hands over the stored representation (summary or detail: {@code stored}, null when not current, from cpts c and
     * the tables {@code join} adds) of every CPTS matching the filter, in order, in constant memory: rows are read
     * through a database cursor and handed over by chunks, the session cleared between chunks; those not stored are
     * computed by {@code compute}.
     */
    private void export(CptsFilter filter, CptsSort sort, String stored, String join,
            Function<CptsDetail, byte[]> compute, Consumer<byte[]> sink) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = where(filter, params);
        Session session = em.unwrap(Session.class);
        var query = session.createNativeQuery("SELECT c.id, " + stored + FROM + join + "WHERE " + where
                + " ORDER BY " + sort.orderBy(), Object[].class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Object[]> chunk = new ArrayList<>(CHUNK);
        try (ScrollableResults<Object[]> results = query.setFetchSize(CHUNK).scroll(ScrollMode.FORWARD_ONLY)) {
            while (results.next()) {
                chunk.add(results.get());
                if (chunk.size() == CHUNK) {
                    handOver(session, chunk, compute, sink);
                    chunk.clear();
                }
            }
        }
        handOver(session, chunk, compute, sink);
    }

    private void handOver(Session session, List<Object[]> chunk, Function<CptsDetail, byte[]> compute,
            Consumer<byte[]> sink) {
        Map<String, byte[]> ready = ready(chunk, compute);
        chunk.forEach(row -> sink.accept(ready.get((String) row[0])));
        session.clear();
    }

    /**
     * The representations of rows of (CPTS id, stored representation or null), by id: those the read model does not
     * hold for the CPTS's current version computed by {@code compute} from its detail.
     */
    private Map<String, byte[]> ready(List<Object[]> rows, Function<CptsDetail, byte[]> compute) {
        Map<String, byte[]> ready = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[1] == null) {
                missing.add((String) row[0]);
            } else {
                ready.put((String) row[0], (byte[]) row[1]);
            }
        }
        compute(missing, compute, ready);
        return ready;
    }

    /** Puts into {@code into} the representation {@code compute} makes of each of these CPTS, in one query. */
    private void compute(List<String> ids, Function<CptsDetail, byte[]> compute, Map<String, byte[]> into) {
        entities(ids).forEach(c -> into.put(c.id, compute.apply(detail(c))));
    }

    /** The entities of these CPTS, deleted or not, in one query (none for no id). */
    private List<CptsEntity> entities(List<String> ids) {
        return ids.isEmpty() ? List.of()
                : em.createQuery("from CptsEntity c where c.id in :ids", CptsEntity.class).setParameter("ids", ids)
                        .getResultList();
    }

    /**
     * The where clause of the filters, in SQL over cpts c, each value a JDBC parameter added to
     * {@code params} in order; deleted CPTS never match.
     */
    private static StringBuilder where(CptsFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("c.removed_at IS NULL");
        if (filter.department() != null) {
            // The departments the sources place it in, or those of its recorded communes.
            where.append(" AND (EXISTS (SELECT 1 FROM cpts_department d WHERE d.cpts_id = c.id AND d.department_code = ?)"
                    + " OR c.territory_departments @> ARRAY[CAST(? AS varchar)])");
            params.add(filter.department());
            params.add(filter.department());
        }
        condition(where, params, " AND c.region_code = ?", filter.region());
        condition(where, params, " AND c.status = ?", filter.status() == null ? null : filter.status().name());
        condition(where, params, " AND c.mission_codes @> ARRAY[CAST(? AS varchar)]", filter.mission());
        condition(where, params, " AND c.size_category = ?", filter.sizeCategory());
        condition(where, params, " AND c.aci_signed_on >= ?", filter.signedFrom());
        condition(where, params, " AND c.aci_signed_on <= ?", filter.signedTo());
        condition(where, params, " AND c.search_name LIKE cpts_search_pattern(?)", filter.q());
        condition(where, params, " AND c.id IN (SELECT cc.cpts_id FROM cpts_commune cc WHERE cc.commune_code IN"
                + " (SELECT code FROM commune_listed_as(?) code))", filter.commune());
        condition(where, params, " AND c.updated_at >= ?", filter.updatedSince());
        return where;
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null) {
            where.append(sql);
            params.add(value);
        }
    }

    /**
     * The JSON of a CPTS's detail: as stored for its current version (one statement, no transaction), or else
     * computed.
     */
    public Versioned<byte[]> get(String id) {
        return stored(id).orElseGet(() -> computed(id, cpts -> model.json(detail(cpts))));
    }

    /** A CPTS's detail, for views that map its fields (FHIR): read back from the read model, or else computed. */
    public Versioned<CptsDetail> detail(String id) {
        return stored(id).map(this::readBack).orElseGet(() -> computed(id, this::detail));
    }

    /**
     * The details of those of these CPTS readers can see, by id, for views that map their fields: those stored read
     * back in one statement, the others computed from one more (in the caller's transaction). A deleted or unknown CPTS
     * is left out: a page listing ids from another statement, or from the history, shows what is current.
     */
    public Map<String, Versioned<CptsDetail>> details(List<String> ids) {
        Map<String, Versioned<CptsDetail>> details = new HashMap<>();
        model.details(ids).forEach((id, json) -> details.put(id, readBack(json)));
        entities(ids.stream().filter(id -> !details.containsKey(id)).toList()).stream().filter(c -> c.removedAt == null)
                .forEach(c -> details.put(c.id, new Versioned<>(detail(c), c.version)));
        return details;
    }

    private Versioned<CptsDetail> readBack(Versioned<byte[]> stored) {
        return new Versioned<>(model.read(stored.value(), CptsDetail.class), stored.version());
    }

    private Optional<Versioned<byte[]>> stored(String id) {
        return Ids.plausible(id) ? model.detail(id) : Optional.empty();
    }

    /** A representation of the CPTS computed from its entities, in one read-only transaction; 404 or 410 without. */
    @ReadOnlyTransaction
    <T> Versioned<T> computed(String id, Function<CptsEntity, T> representation) {
        CptsEntity cpts = CptsEntity.findRequired(id);
        return new Versioned<>(representation.apply(cpts), cpts.version);
    }

    /** The full representation of a CPTS, in the caller's transaction. */
    public CptsDetail detail(CptsEntity cpts) {
        return detail(cpts, null, Set.of());
    }

    /**
     * The representation of a CPTS after a write that changed the {@code changed} parts (see {@link CptsPart}), in its
     * transaction: the other parts as the representation {@code before} the write shows them (read when null).
     */
    CptsDetail detail(CptsEntity cpts, CptsDetail before, Set<CptsPart> changed) {
        return CptsViews.detail(cpts, CptsViews.parts(cpts, before, changed, () -> contracts.find(cpts.id)),
                sources.refs(CptsViews.factSourceIds(cpts)), this::departmentName);
    }

    /** Names come from the reference geography, held in memory: no query for the departments of a territory. */
    private String departmentName(String code) {
        return geography.department(code).name();
    }

}
