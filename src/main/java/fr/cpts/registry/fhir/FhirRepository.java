package fr.cpts.registry.fhir;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.sync.ChangeFeedService;

/** The queries of the FHIR view: searches by keyset, the history of CPTS from the change log, communes by CPTS. */
@ApplicationScoped
class FhirRepository {

    /** A CPTS matching a search, with the keys it is sorted by. */
    record Match(String id, String searchName, OffsetDateTime updatedAt) {
    }

    /** One committed change of a CPTS, in commit order. */
    record HistoryRow(long seq, String txid, String cptsId, String operation, long version, Instant occurredAt) {
    }

    /** A mission carried by a CPTS, with the mission's position in the catalog. */
    record CarriedRow(String cptsId, String missionCode, int position) {
    }

    @Inject
    EntityManager em;

    List<Match> organizations(OrganizationQuery query, OrganizationSort sort, Cursor after, int fetch) {
        String where = query.where();
        if (after != null) {
            where += " and " + sort.after();
        }
        TypedQuery<Object[]> q = em.createQuery("select c.id, c.searchName, c.updatedAt from CptsEntity c where "
                + where + " order by " + sort.orderBy(), Object[].class);
        query.params().forEach(q::setParameter);
        if (after != null) {
            q.setParameter("afterId", after.id());
            Object key = sort.key(after);
            if (key != null) {
                q.setParameter("afterKey", key);
            }
        }
        return q.setMaxResults(fetch).getResultList().stream()
                .map(r -> new Match((String) r[0], (String) r[1], (OffsetDateTime) r[2])).toList();
    }

    long count(OrganizationQuery query) {
        TypedQuery<Long> q = em.createQuery("select count(c) from CptsEntity c where " + query.where(), Long.class);
        query.params().forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The recorded communes of each CPTS, by code, in one query. */
    Map<String, List<String>> communes(Collection<String> cptsIds) {
        Map<String, List<String>> byCpts = new TreeMap<>();
        if (cptsIds.isEmpty()) {
            return byCpts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT cpts_id, commune_code FROM cpts_commune "
                + "WHERE cpts_id IN (:ids) ORDER BY cpts_id, commune_code").setParameter("ids", cptsIds).getResultList();
        rows.forEach(r -> byCpts.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return byCpts;
    }

    /**
     * Changes of CPTS after the cursor (key = transaction id, id = seq), committed at or after {@code since}, in commit
     * order, as exactly as the change feed: only once every older transaction has ended (ChangeFeedService).
     */
    List<HistoryRow> history(Instant since, Cursor after, int fetch) {
        StringBuilder sql = new StringBuilder("SELECT seq, CAST(txid AS text) AS txid_text, resource_id, operation, "
                + "version, occurred_at FROM change_event WHERE resource_type = 'CPTS' AND "
                + ChangeFeedService.HORIZON);
        if (since != null) {
            sql.append(" AND occurred_at >= :since");
        }
        if (after != null) {
            sql.append(" AND (txid, seq) > (CAST(:txid AS xid8), :seq)");
        }
        Query q = em.createNativeQuery(sql + " ORDER BY txid, seq LIMIT :limit").setParameter("limit", fetch);
        if (since != null) {
            q.setParameter("since", since);
        }
        if (after != null) {
            q.setParameter("txid", after.key()).setParameter("seq", after.numericId());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new HistoryRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), (Instant) r[5])).toList();
    }

    /** Missions carried by live CPTS, by CPTS id then catalog order, after the cursor (key = position, id = CPTS). */
    List<CarriedRow> carried(List<String> cptsIds, List<String> missionCodes, Cursor after, Integer afterPosition,
            int fetch) {
        StringBuilder sql = new StringBuilder("SELECT m.cpts_id, m.mission_code, x.position FROM cpts_mission m "
                + "JOIN cpts c ON c.id = m.cpts_id AND c.removed_at IS NULL JOIN mission x ON x.code = m.mission_code "
                + "WHERE TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (cptsIds != null) {
            sql.append(" AND m.cpts_id IN (:ids)");
            params.put("ids", cptsIds);
        }
        if (missionCodes != null) {
            sql.append(" AND m.mission_code IN (:codes)");
            params.put("codes", missionCodes);
        }
        if (after != null) {
            sql.append(" AND (m.cpts_id, x.position) > (:afterId, :afterPosition)");
            params.put("afterId", after.id());
            params.put("afterPosition", afterPosition);
        }
        Query q = em.createNativeQuery(sql + " ORDER BY m.cpts_id, x.position LIMIT :limit").setParameter("limit", fetch);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(r -> new CarriedRow((String) r[0], (String) r[1], ((Number) r[2]).intValue())).toList();
    }
}
