package fr.cpts.registry.cpts;

import java.util.List;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import fr.cpts.registry.sync.ChangeLog;
import fr.cpts.registry.territory.CommuneReadModel;

/**
 * Stores the representations of the CPTS whose read-model row is missing or not current — after a change made outside
 * the API, or a release that changed their format — in the background from startup, by batches, then the coverage
 * figures and communes such changes made stale, and the communes not stored yet. Until then those are computed at
 * each read: correct, only slower.
 */
@ApplicationScoped
public class CptsReadModelRefresher {

    private static final Logger LOG = Logger.getLogger(CptsReadModelRefresher.class);
    private static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    CptsReadModel model;

    @Inject
    CommuneReadModel communes;

    @Inject
    ChangeLog changes;

    void start(@Observes StartupEvent event) {
        Thread refresher = new Thread(() -> {
            try {
                int refreshed = refreshStale();
                if (refreshed > 0) {
                    LOG.infof("Read model: stored the representations of %d CPTS", refreshed);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Read model not refreshed (%s); reads compute what is not stored", e.getMessage());
            }
        }, "cpts-read-model-refresher");
        refresher.setDaemon(true);
        refresher.start();
    }

    /**
     * Stores every missing or outdated row; returns how many. One at a time in a process, so that a caller returns
     * once the rows another call was storing are stored too; other replicas skip the rows being stored.
     */
    public synchronized int refreshStale() {
        int total = inBatches(this::refreshBatch);
        // And the coverage figures and communes changed outside the API (writes through it keep them current), then
        // the communes never stored in this format.
        QuarkusTransaction.requiringNew().run(model::refreshDerived);
        QuarkusTransaction.requiringNew().run(communes::addMissingRows);
        int stored = inBatches(communes::storeUnstored);
        if (stored > 0) {
            LOG.infof("Read model: stored the representations of %d communes", stored);
        }
        return total;
    }

    /** Runs {@code batch} in transactions of their own until one stores nothing; returns how many were stored. */
    private static int inBatches(Callable<Integer> batch) {
        int total = 0;
        int stored;
        do {
            stored = QuarkusTransaction.requiringNew().call(batch);
            total += stored;
        } while (stored > 0);
        return total;
    }

    private int refreshBatch() {
        // What it stores changes nothing readers see (the change that made it stale notified at its commit): storing
        // summaries on the CPTS rows must not empty every replica's cache.
        changes.beginWrite();
        // Locked like a write: a writer waits for the batch rather than racing it.
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT c.id FROM cpts c LEFT JOIN cpts_read_model v ON v.cpts_id = c.id"
                + " WHERE c.removed_at IS NULL AND " + CptsReadModel.STALE + " ORDER BY c.id LIMIT :batch"
                + " FOR UPDATE OF c SKIP LOCKED").setParameter("batch", BATCH).getResultList();
        if (!ids.isEmpty()) {
            em.createQuery("from CptsEntity c where c.id in :ids", CptsEntity.class).setParameter("ids", ids)
                    .getResultList().forEach(model::store);
        }
        return ids.size();
    }
}
