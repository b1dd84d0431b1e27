package fr.cpts.registry.territory;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
     * Stores up to a batch of communes whose row is not stored in this format (a first start, a new format, reference
     * geography loaded again), locked, skipping those another replica is storing; returns how many. Until then those
     * are computed at each read: correct, only slower.
     */
    public int storeUnstored() {
        List<String> codes = lockUnstored();
        store(codes.toArray(String[]::new));
        return codes.size();
    }

    private List<String> lockUnstored() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("""
                SELECT commune_code FROM commune_read_model
                WHERE format < :format OR (format = :format AND representation IS NULL)
                ORDER BY commune_code LIMIT :limit
                FOR UPDATE SKIP LOCKED""").setParameter("format", FORMAT).setParameter("limit", BATCH).getResultList();
        return codes;
    }

    /**
     * Adds the rows of communes a later reference geography added: an anti-join (10 ms at every start on the 35,014
     * communes, where letting each row meet its conflict took 110-180 ms); another replica may add them at once.
     */
    public void addMissingRows() {
        em.createNativeQuery("INSERT INTO commune_read_model (commune_code) SELECT c.code FROM commune c "
                + "WHERE NOT EXISTS (SELECT 1 FROM commune_read_model r WHERE r.commune_code = c.code) "
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
