package fr.cpts.registry.sync;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.EntityTags;
import fr.cpts.registry.http.Links;
import fr.cpts.registry.persistence.ReadOnlyTransaction;

/**
 * The change feed. Sequence numbers are not visible in commit order: a write holding seq 10 can commit after one
 * holding seq 11. The feed therefore orders changes by (transaction id, seq) and serves only those of transactions
 * older than the oldest one still running (pg_snapshot_xmin): no transaction can then commit a change before the
 * cursor, so a poller never misses one and never sees one twice. A long transaction delays the feed; it never makes
 * it skip.
 */
@ApplicationScoped
public class ChangeFeedService {

    /** The cursor of the feed: key = transaction id, id = seq of the last change served. */
    public static final String SORT = "feed";

    /** Changes of transactions older than every running one: no earlier change can still commit. */
    public static final String HORIZON = "txid < pg_snapshot_xmin(pg_current_snapshot())";

    @Inject
    EntityManager em;

    /**
     * A page of the feed after {@code since}. Changes a transaction still running could precede are held back; the
     * page says it is caught up only when no committed change is left, held back or not (one statement: the page,
     * each row also telling whether any committed change is held back, or that alone when the page is empty).
     */
    @ReadOnlyTransaction
    public ChangeFeedPage after(Cursor since, int limit, UnaryOperator<String> linkFrom) {
        String after = since == null ? "" : " AND (txid, seq) > (CAST(:txid AS xid8), :seq)";
        // The text column gets its own name: an ORDER BY txid would otherwise sort by it, as text, and not use the index.
        var query = em.createNativeQuery("SELECT e.seq, e.txid_text, e.resource_type, e.resource_id, e.operation, "
                + "e.version, e.occurred_at, h.held FROM (SELECT EXISTS (SELECT 1 FROM change_event WHERE NOT ("
                + HORIZON + ")) AS held) h LEFT JOIN LATERAL (SELECT txid, seq, CAST(txid AS text) AS txid_text, "
                + "resource_type, resource_id, operation, version, occurred_at FROM change_event WHERE " + HORIZON
                + after + " ORDER BY txid, seq LIMIT :limit) e ON true ORDER BY e.txid, e.seq")
                .setParameter("limit", limit + 1);
        if (since != null) {
            query.setParameter("txid", since.key()).setParameter("seq", since.numericId());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        boolean held = (Boolean) result.get(0)[7];
        List<Object[]> rows = result.get(0)[0] == null ? List.of() : result;
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        Cursor cursor = page.isEmpty() ? since : cursor(page.get(page.size() - 1));
        String encoded = cursor == null ? null : cursor.encode();
        String next = linkFrom.apply(encoded);
        return new ChangeFeedPage(page.stream().map(ChangeFeedService::change).toList(), encoded, next,
                !more && !held);
    }

    /** The cursor of the latest change served now: a full dump taken after it, then the feed from it, miss nothing. */
    @ReadOnlyTransaction
    public String head() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT seq, CAST(txid AS text) AS txid_text FROM change_event "
                + "WHERE " + HORIZON + " ORDER BY txid DESC, seq DESC LIMIT 1").getResultList();
        return rows.isEmpty() ? null : cursor(rows.get(0)).encode();
    }

    /** A tag of the data as a whole: it changes with every committed write (rows are never deleted). */
    @ReadOnlyTransaction
    public String dataState() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT count(*), coalesce(max(seq), 0) FROM change_event")
                .getSingleResult();
        return row[0] + "-" + row[1];
    }

    private static Cursor cursor(Object[] row) {
        return new Cursor(SORT, (String) row[1], row[0].toString());
    }

    private static Change change(Object[] row) {
        ResourceType type = ResourceType.valueOf((String) row[2]);
        String id = (String) row[3];
        String action = (String) row[4];
        String operation = switch (action) {
            case "CREATED", "DELETED" -> action;
            default -> "UPDATED";
        };
        long version = ((Number) row[5]).longValue();
        String href = operation.equals("DELETED") ? null
                : Links.member(type == ResourceType.CPTS ? "/v1/cpts" : "/v1/sources", id);
        return new Change(type, id, operation, action, ((Instant) row[6]).atOffset(ZoneOffset.UTC), version,
                EntityTags.of(version), href);
    }
}
