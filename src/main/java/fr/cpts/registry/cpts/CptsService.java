package fr.cpts.registry.cpts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;

import fr.cpts.registry.contract.AciContractEntity;
import fr.cpts.registry.contract.ContractService;
import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.source.SourceRef;
import fr.cpts.registry.source.SourceService;
import fr.cpts.registry.territory.CommuneService;
import fr.cpts.registry.territory.ReferenceGeography;
import io.quarkus.hibernate.orm.panache.Panache;

@ApplicationScoped
public class CptsService {

    /** Every CPTS with its contract, if any (filters and orders use both: c and k). */
    private static final String FROM = "from CptsEntity c left join AciContractEntity k on k.cptsId = c.id ";
    /** CPTS an export loads and hands over at once. */
    private static final int CHUNK = 200;

    @Inject
    SourceService sources;

    @Inject
    ContractService contracts;

    @Inject
    CommuneService communes;

    @Inject
    ReferenceGeography geography;

    /**
     * One page of CPTS in the given order, by keyset: one query for the page (with its contracts), then one per
     * association for the whole page (batch fetching), whatever the page size.
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
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(
                "select c, k " + FROM + "where " + where + " order by " + sort.orderBy(), Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(page.fetchSize()).getResultList();
        return page.page(rows,
                row -> CptsViews.summary((CptsEntity) row[0], (AciContractEntity) row[1], this::departmentName),
                row -> new Cursor(sort.param, keyOf(sort, row), ((CptsEntity) row[0]).id));
    }

    /**
     * Every CPTS matching the filter, in order, as summaries, in constant memory: ids are read through a database
     * cursor and the CPTS loaded and handed over by chunks, the session cleared between chunks.
     */
    @ReadOnlyTransaction
    public void exportSummaries(CptsFilter filter, CptsSort sort, Consumer<CptsSummary> sink) {
        scroll(filter, sort, chunk -> chunk.forEach(
                row -> sink.accept(CptsViews.summary(row.cpts(), row.contract(), this::departmentName))));
    }

    /** Every CPTS matching the filter, in order, in full, in constant memory (see {@link #exportSummaries}). */
    @ReadOnlyTransaction
    public void exportDetails(CptsFilter filter, CptsSort sort, Consumer<CptsDetail> sink) {
        scroll(filter, sort, chunk -> {
            Set<String> sourceIds = new HashSet<>();
            chunk.forEach(row -> sourceIds.addAll(CptsViews.factSourceIds(row.cpts())));
            Map<String, SourceRef> refs = sources.refs(sourceIds);
            chunk.forEach(row -> sink.accept(
                    CptsViews.detail(row.cpts(), ContractService.view(row.contract()), refs, this::departmentName)));
        });
    }

    private record Row(CptsEntity cpts, AciContractEntity contract) {
    }

    private void scroll(CptsFilter filter, CptsSort sort, Consumer<List<Row>> chunkSink) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        Session session = Panache.getEntityManager().unwrap(Session.class);
        var ids = session.createQuery("select c.id " + FROM + "where " + where + " order by " + sort.orderBy(),
                String.class);
        params.forEach(ids::setParameter);
        List<String> chunk = new ArrayList<>(CHUNK);
        try (ScrollableResults<String> results = ids.setFetchSize(CHUNK * 5).scroll(ScrollMode.FORWARD_ONLY)) {
            while (results.next()) {
                chunk.add(results.get());
                if (chunk.size() == CHUNK) {
                    load(session, chunk, chunkSink);
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            load(session, chunk, chunkSink);
        }
    }

    /** Loads a chunk of CPTS with their contracts, hands it over in the given order, then frees the session. */
    private static void load(Session session, List<String> ids, Consumer<List<Row>> chunkSink) {
        Map<String, Row> byId = new HashMap<>();
        session.createQuery("select c, k " + FROM + "where c.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultList()
                .forEach(r -> byId.put(((CptsEntity) r[0]).id, new Row((CptsEntity) r[0], (AciContractEntity) r[1])));
        chunkSink.accept(ids.stream().map(byId::get).toList());
        session.clear();
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
            where.append(" and exists (select 1 from c.communes m where m.code in :communes)");
            params.put("communes", communes.listedAs(filter.commune()));
        }
        if (filter.updatedSince() != null) {
            where.append(" and c.updatedAt >= :updatedSince");
            params.put("updatedSince", filter.updatedSince());
        }
        return where;
    }

    @ReadOnlyTransaction
    public Versioned<CptsDetail> get(String id) {
        CptsEntity cpts = CptsEntity.findRequired(id);
        return new Versioned<>(detail(cpts), cpts.version);
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

    private static String keyOf(CptsSort sort, Object[] row) {
        if (!sort.dateKey) {
            return ((CptsEntity) row[0]).searchName;
        }
        AciContractEntity contract = (AciContractEntity) row[1];
        return contract == null ? null : contract.signedOn.toString();
    }
}
