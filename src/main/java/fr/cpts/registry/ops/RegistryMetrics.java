package fr.cpts.registry.ops;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * Domain gauges for Prometheus: CPTS per lifecycle stage, and changes recorded. Counted every 30 s in the background,
 * so a scrape never waits for (or fails with) the database; the last counts stay while it is unreachable.
 */
@Startup
@ApplicationScoped
public class RegistryMetrics {

    private static final Logger LOG = Logger.getLogger(RegistryMetrics.class);
    private static final String UNKNOWN = "UNKNOWN";

    private final Map<LifecycleStage, AtomicLong> byStatus = new EnumMap<>(LifecycleStage.class);
    private final AtomicLong withoutStatus = new AtomicLong();
    private final AtomicLong changes = new AtomicLong();

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @PostConstruct
    void register() {
        for (LifecycleStage stage : LifecycleStage.values()) {
            AtomicLong count = new AtomicLong();
            byStatus.put(stage, count);
            gauge("cpts.registry.cpts", count, "status", stage.name(), "CPTS in the registry, by lifecycle stage");
        }
        gauge("cpts.registry.cpts", withoutStatus, "status", UNKNOWN, "CPTS in the registry, by lifecycle stage");
        Gauge.builder("cpts.registry.changes", changes, AtomicLong::get)
                .description("Writes recorded in the change feed").register(registry);
    }

    @Scheduled(every = "30s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @ReadOnlyTransaction
    void refresh() {
        try {
            Map<LifecycleStage, Long> counts = new EnumMap<>(LifecycleStage.class);
            long unknown = 0;
            for (Object[] row : em.createQuery("select c.status, count(c) from CptsEntity c where c.removedAt is null "
                    + "group by c.status", Object[].class).getResultList()) {
                if (row[0] == null) {
                    unknown = (Long) row[1];
                } else {
                    counts.put((LifecycleStage) row[0], (Long) row[1]);
                }
            }
            long recorded = ((Number) em.createNativeQuery("SELECT count(*) FROM change_event").getSingleResult())
                    .longValue();
            byStatus.forEach((stage, count) -> count.set(counts.getOrDefault(stage, 0L)));
            withoutStatus.set(unknown);
            changes.set(recorded);
        } catch (RuntimeException e) {
            LOG.debugf("Domain gauges not refreshed: %s", e.getMessage());
        }
    }

    private void gauge(String name, AtomicLong value, String tag, String tagValue, String description) {
        Gauge.builder(name, value, AtomicLong::get).tag(tag, tagValue).description(description).register(registry);
    }
}
