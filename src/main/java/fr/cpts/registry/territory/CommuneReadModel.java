package fr.cpts.registry.territory;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.cpts.registry.persistence.DirectReads;

/**
 * Each commune's representation kept ready (table commune_read_model, V21), as the CPTS's are: a read is one indexed
 * fetch of the bytes it sends. Triggers mark the communes a change makes stale (a CPTS's recorded communes, its name,
 * status or deletion: what a commune shows of the CPTS covering it); the write stores them again before it commits.
 * A stale row, or one of another format, is never served: the commune is computed instead.
 */
@ApplicationScoped
public class CommuneReadModel {

    /** The shape of the stored representation: increment it whenever Commune changes. */
    static final int FORMAT = 1;
    /** Communes stored in one transaction when filling the rows. */
    private static final int BATCH = 500;

    @Inject
    DirectReads direct;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CommuneService communes;

    /** The stored JSON of a commune, when current; empty otherwise. One statement. */
    Optional<byte[]> stored(String code) {
        return direct.first("SELECT r.representation FROM commune_read_model r WHERE r.commune_code = ? AND r.format = "
                + FORMAT + " AND r.representation IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM commune_stale s WHERE s.commune_code = r.commune_code)",
                row -> row.getBytes(1), code);
    }

    /**
     * Stores the representations of these communes as the caller's transaction sees them, their rows locked by
     * take_stale_communes() or by the caller (so that a concurrent write stores its own after this one commits); a
     * row a later release stored in a later format is left to it. One statement to read them, one to store them.
     */
    public void store(String[] codes) {
        if (codes.length == 0) {
            return;
        }
        direct.batch("UPDATE commune_read_model SET format = " + FORMAT + ", representation = ? WHERE commune_code = ? "
                + "AND format <= " + FORMAT, communes.computed(codes).values().stream()
                        .map(commune -> new Object[] { json(commune), commune.code() }).toList());
    }

    /**
     * Stores every commune whose row is not stored in this format, by batches in transactions of their own; returns
     * how many. Until then those are computed at each read: correct, only slower.
     */
    public int storeUnstored() {
        QuarkusTransaction.requiringNew().run(this::addMissingRows);
        int total = 0;
        int stored;
        do {
            stored = QuarkusTransaction.requiringNew().call(() -> {
                List<String> codes = lockUnstored(BATCH);
                store(codes.toArray(String[]::new));
                return codes.size();
            });
            total += stored;
        } while (stored > 0);
        return total;
    }

    /**
     * Locks and returns up to {@code limit} communes whose row is not stored in this format (a first start, a new
     * format, reference geography loaded again), skipping those another replica is storing.
     */
    private List<String> lockUnstored(int limit) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("""
                SELECT commune_code FROM commune_read_model
                WHERE format < :format OR (format = :format AND representation IS NULL)
                ORDER BY commune_code LIMIT :limit
                FOR UPDATE SKIP LOCKED""").setParameter("format", FORMAT).setParameter("limit", limit).getResultList();
        return codes;
    }

    /** Adds the rows of communes a later reference geography added. */
    private void addMissingRows() {
        em.createNativeQuery("INSERT INTO commune_read_model (commune_code) SELECT code FROM commune "
                + "ON CONFLICT DO NOTHING").executeUpdate();
    }

    byte[] json(Commune commune) {
        try {
            return mapper.writeValueAsBytes(commune);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
