package fr.cpts.registry.cpts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.DirectReads;
import fr.cpts.registry.territory.CommuneReadModel;

/**
 * Each CPTS's representations kept ready — its detail in table cpts_read_model (V16), its summary on its own row
 * (V22: what a list page walks) — written in the transaction of every write that changes them, so that a read is one
 * indexed fetch of the bytes it sends. A representation serves only the version and format it was made for:
 * anything else — a change made outside the API, a CPTS never stored, a representation whose shape changed with a
 * release — is computed instead, and refreshed by {@link CptsReadModelRefresher}.
 */
@ApplicationScoped
public class CptsReadModel {

    /** The shape of the stored representations: increment it whenever CptsDetail or CptsSummary changes. */
    static final int FORMAT = 1;

    /** The join condition of cpts_read_model v on cpts c: the stored row of a CPTS when it is current. */
    static final String CURRENT_ROW = "v.cpts_id = c.id AND v.version = c.version AND v.format = " + FORMAT;

    /** The summary stored on cpts c when it is current, else null. */
    static final String CURRENT_SUMMARY = "CASE WHEN c.summary_version = c.version AND c.summary_format = " + FORMAT
            + " THEN c.summary END";

    /**
     * Whether the representations stored for cpts c and its cpts_read_model row v (left-joined) are not current: each
     * (version, format) missing or before the current one (row comparison: version first, then format).
     */
    static final String STALE = "(v.cpts_id IS NULL OR (v.version, v.format) < (c.version, " + FORMAT + ")"
            + " OR c.summary_version IS NULL OR (c.summary_version, c.summary_format) < (c.version, " + FORMAT + "))";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CptsService reads;

    @Inject
    DirectReads direct;

    @Inject
    CommuneReadModel communes;

    /** The detail of a CPTS readers can see, when stored for its current version; empty otherwise. One statement. */
    public Optional<Versioned<byte[]>> detail(String id) {
        return direct.first("SELECT v.version, v.detail FROM cpts c JOIN cpts_read_model v ON " + CURRENT_ROW
                + " WHERE c.id = ? AND c.removed_at IS NULL", row -> new Versioned<>(row.getBytes(2), row.getLong(1)), id);
    }

    /** The details of these CPTS that readers can see and that are stored for their current version; one statement. */
    public Map<String, Versioned<byte[]>> details(List<String> ids) {
        return direct.list("SELECT c.id, v.version, v.detail FROM cpts c JOIN cpts_read_model v ON " + CURRENT_ROW
                + " WHERE c.id = ANY (?) AND c.removed_at IS NULL",
                row -> Map.entry(row.getString(1), new Versioned<>(row.getBytes(3), row.getLong(2))),
                (Object) ids.toArray(String[]::new))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The detail stored for this version of a CPTS, whether or not it is still current. */
    Optional<byte[]> detail(String id, long version) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = em.createNativeQuery("SELECT detail FROM cpts_read_model WHERE cpts_id = :id "
                + "AND version = :version AND format = " + FORMAT).setParameter("id", id)
                .setParameter("version", version).getResultList();
        return rows.stream().findFirst();
    }

    /**
     * Stores the representations of this version of a CPTS — unless a later version, or the same in a later format,
     * is already there — and brings what the transaction made stale up to date: coverage figures (V16) and communes
     * (V21). Everything reads serve is then current when the write commits. Returns the detail's bytes.
     */
    byte[] store(CptsDetail detail, long version) {
        byte[] bytes = json(detail);
        // cpts_read_model.summary (V16) is what the previous release reads: null, it computes the summary (V22).
        storeStale(em.createNativeQuery("""
                WITH stored AS (
                    INSERT INTO cpts_read_model (cpts_id, version, format, detail, summary)
                    VALUES (:id, :version, :format, :detail, NULL)
                    ON CONFLICT (cpts_id) DO UPDATE
                    SET version = excluded.version, format = excluded.format, detail = excluded.detail, summary = NULL
                    WHERE (cpts_read_model.version, cpts_read_model.format) < (excluded.version, excluded.format)),
                listed AS (
                    UPDATE cpts SET summary = :summary, summary_version = :version, summary_format = :format
                    WHERE id = :id
                      AND (summary_version IS NULL OR (summary_version, summary_format) < (:version, :format)))
                SELECT refresh_coverage(), take_stale_communes()""")
                .setParameter("id", detail.id()).setParameter("version", version).setParameter("format", FORMAT)
                .setParameter("detail", bytes).setParameter("summary", json(CptsSummary.of(detail))));
        return bytes;
    }

    /**
     * Stores the representations of the CPTS as it now is, in the caller's write: for a change to something it shows
     * that is not written through it (a source it cites).
     */
    public void refresh(String id) {
        store(em.find(CptsEntity.class, id));
    }

    /** Stores the representations of the CPTS as loaded. */
    void store(CptsEntity cpts) {
        store(reads.detail(cpts), cpts.version);
    }

    /** Brings the coverage figures and communes the transaction made stale up to date, for a write that stores no CPTS. */
    void refreshDerived() {
        storeStale(em.createNativeQuery("SELECT refresh_coverage(), take_stale_communes()"));
    }

    /**
     * Runs a statement that refreshes the stale coverage figures and takes the stale communes, locked (its last
     * column), then stores those: no round trip more when the write changed no commune's representation.
     */
    private void storeStale(Query statement) {
        Object[] row = (Object[]) statement.getSingleResult();
        communes.store((String[]) row[row.length - 1]);
    }

    /** A stored representation read back, for those that use its fields. */
    <T> T read(byte[] stored, Class<T> type) {
        try {
            return mapper.readValue(stored, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] json(Object representation) {
        try {
            return mapper.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
