package fr.cpts.registry.cpts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;

import fr.cpts.registry.contract.ContractService;
import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.source.SourceService;
import fr.cpts.registry.territory.ReferenceGeography;

@ApplicationScoped
public class CptsService {

    /** Every CPTS with its contract, if any (filters and orders use both: c and k). */
    private static final String FROM = "from CptsEntity c left join AciContractEntity k on k.cptsId = c.id ";
    /** Its representations as stored, v, when they are those of its current version. */
    private static final String READY = "left join CptsReadModelEntity v on v.cptsId = c.id and v.version = c.version "
            + "and v.format = " + CptsReadModel.FORMAT + " ";
    /** CPTS an export hands over at once. */
    private static final int CHUNK = 200;

    @Inject
    EntityManager em;

    @Inject
    CptsReadModel model;

    @Inject
    SourceService sources;

    @Inject
    ContractService contracts;

    @Inject
    ReferenceGeography geography;

    /**
     * One page of CPTS in the given order, by keyset: one query for the page and its stored summaries, whatever the
     * page size.
     */
    @ReadOnlyTransaction
    public Page<CptsSummary> list(CptsFilter filter, CptsSort sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        Cursor after = page.after();
        if (after != null) {
            where.append(" and ").append(sort.after(after.key() == null));
            params.put("afterId", after.id());
            if (after.key() != null) {
                params.put("afterKey", sort.dateKey ? after.dateKey() : after.key());
            }
        }
        TypedQuery<Object[]> query = em.createQuery("select c.id, v.summary, c.searchName, k.signedOn " + FROM
                + READY + "where " + where + " order by " + sort.orderBy(), Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(page.fetchSize()).getResultList();
        Map<String, byte[]> summaries = ready(rows, detail -> model.json(CptsSummary.of(detail)));
        return page.page(rows, row -> model.read(summaries.get((String) row[0]), CptsSummary.class),
                row -> new Cursor(sort.param, sort.dateKey ? Objects.toString(row[3], null) : (String) row[2],
                        (String) row[0]));
    }

    /** Every CPTS matching the filter, in order, as summaries, in constant memory (see {@link #export}). */
    @ReadOnlyTransaction
    public void exportSummaries(CptsFilter filter, CptsSort sort, Consumer<CptsSummary> sink) {
        export(filter, sort, "summary", detail -> model.json(CptsSummary.of(detail)),
                summary -> sink.accept(model.read(summary, CptsSummary.class)));
    }

    /** Every CPTS matching the filter, in order, as the JSON of its detail (see {@link #export}). */
    @ReadOnlyTransaction
    public void exportDetails(CptsFilter filter, CptsSort sort, Consumer<byte[]> sink) {
        export(filter, sort, "detail", model::json, sink);
    }

    /**
     * Hands over the stored {@code representation} (summary or detail) of every CPTS matching the filter, in order,
     * in constant memory: rows are read through a database cursor and handed over by chunks, the session cleared
     * between chunks; those not stored are computed by {@code compute}.
     */
    private void export(CptsFilter filter, CptsSort sort, String representation, Function<CptsDetail, byte[]> compute,
            Consumer<byte[]> sink) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        Session session = em.unwrap(Session.class);
        var query = session.createQuery("select c.id, v." + representation + " " + FROM + READY + "where " + where
                + " order by " + sort.orderBy(), Object[].class);
        params.forEach(query::setParameter);
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
        if (!missing.isEmpty()) {
            em.createQuery("from CptsEntity c where c.id in :ids", CptsEntity.class).setParameter("ids", missing)
                    .getResultList().forEach(c -> ready.put(c.id, compute.apply(detail(c))));
        }
        return ready;
    }

    /** The where clause of the filters, over CptsEntity c and its contract k; deleted CPTS never match. */
    private StringBuilder where(CptsFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("c.removedAt is null");
        if (filter.department() != null) {
            // The departments the sources place it in, or those of its recorded communes.
            where.append(" and (exists (select 1 from c.departments d where d.department.code = :department)"
                    + " or array_contains(c.territoryDepartments, :department))");
            params.put("department", filter.department());
        }
        if (filter.region() != null) {
            where.append(" and c.region.code = :region");
            params.put("region", filter.region());
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", filter.status());
        }
        if (filter.mission() != null) {
            where.append(" and exists (select 1 from c.missions m where m.mission.code = :mission)");
            params.put("mission", filter.mission());
        }
        if (filter.sizeCategory() != null) {
            where.append(" and c.sizeCategory = :sizeCategory");
            params.put("sizeCategory", filter.sizeCategory());
        }
        if (filter.signedFrom() != null) {
            where.append(" and k.signedOn >= :signedFrom");
            params.put("signedFrom", filter.signedFrom());
        }
        if (filter.signedTo() != null) {
            where.append(" and k.signedOn <= :signedTo");
            params.put("signedTo", filter.signedTo());
        }
        if (filter.q() != null) {
            where.append(" and c.searchName like cast(function('cpts_search_pattern', :q) as String)");
            params.put("q", filter.q());
        }
        if (filter.commune() != null) {
            // Listed itself, through one of its municipal districts, or through its commune (for a district).
            where.append(" and exists (select 1 from c.communes m where m.code = :commune or m.parentCode = :commune"
                    + " or m.code = (select x.parentCode from CommuneEntity x where x.code = :commune))");
            params.put("commune", filter.commune());
        }
        if (filter.updatedSince() != null) {
            where.append(" and c.updatedAt >= :updatedSince");
            params.put("updatedSince", filter.updatedSince());
        }
        return where;
    }

    /** The JSON of a CPTS's detail: as stored for its current version, or else computed. */
    @ReadOnlyTransaction
    public Versioned<byte[]> get(String id) {
        return stored(id).orElseGet(() -> {
            CptsEntity cpts = CptsEntity.findRequired(id);
            return new Versioned<>(model.json(detail(cpts)), cpts.version);
        });
    }

    /** A CPTS's detail, for views that map its fields (FHIR): read back from the read model, or else computed. */
    @ReadOnlyTransaction
    public Versioned<CptsDetail> detail(String id) {
        return stored(id).map(json -> new Versioned<>(model.read(json.value(), CptsDetail.class), json.version()))
                .orElseGet(() -> {
                    CptsEntity cpts = CptsEntity.findRequired(id);
                    return new Versioned<>(detail(cpts), cpts.version);
                });
    }

    private Optional<Versioned<byte[]>> stored(String id) {
        return Ids.plausible(id) ? model.detail(id) : Optional.empty();
    }

    /** The full representation of a CPTS, in the caller's transaction. */
    public CptsDetail detail(CptsEntity cpts) {
        return CptsViews.detail(cpts, contracts.find(cpts.id), sources.refs(CptsViews.factSourceIds(cpts)),
                this::departmentName);
    }

    /** Names come from the reference geography, held in memory: no query for the departments of a territory. */
    private String departmentName(String code) {
        return geography.department(code).name();
    }

}
