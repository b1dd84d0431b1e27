package fr.cpts.registry.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds the requests a replica computes at once (those the response cache does not answer): at most
 * cpts.http.max-concurrent go on to the REST layer and its worker threads, up to cpts.http.max-queued more wait here,
 * in order, and the others get an immediate 503 with Retry-After. Fewer requests taking turns on the pod's CPUs
 * shorten the tail (docs/benchmarks.md, "Eighth pass"); a bounded queue means a burst or a stalled database (a query
 * may wait up to the 30 s socket timeout) is refused at once rather than queued for minutes. The threads themselves
 * stay Quarkus' default, so that the health, metrics and contract endpoints (/q/*), which are never held here, and
 * scheduled jobs always find one.
 */
@ApplicationScoped
public class Admission {

    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    /** A request admitted (started) or waiting for its turn. */
    private static final class Ticket {
        private final RoutingContext context;
        private final Context loop;
        private boolean started;

        private Ticket(RoutingContext context, Context loop) {
            this.context = context;
            this.loop = loop;
        }
    }

    @ConfigProperty(name = "cpts.http.max-concurrent")
    int maxConcurrent;

    @ConfigProperty(name = "cpts.http.max-queued")
    int maxQueued;

    @Inject
    MeterRegistry registry;

    /** Guarded by this. */
    private final Deque<Ticket> waiting = new ArrayDeque<>();
    /** Guarded by this. */
    private int running;

    void install(@Observes Router router) {
        Gauge.builder("cpts.http.in.flight", this, Admission::inFlight)
                .description("Requests the response cache did not answer, computed or waiting for their turn (at most "
                        + "cpts.http.max-concurrent + cpts.http.max-queued)").register(registry);
        // After the response cache (-2): what it answers is never held nor refused.
        router.route().order(-1).handler(this::admit);
    }

    private synchronized double inFlight() {
        return running + waiting.size();
    }

    private void admit(RoutingContext context) {
        if (context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        Ticket ticket = new Ticket(context, Vertx.currentContext());
        boolean now;
        boolean queued;
        synchronized (this) {
            now = running < maxConcurrent;
            if (now) {
                running++;
                ticket.started = true;
            }
            queued = !now && waiting.size() < maxQueued;
            if (queued) {
                waiting.add(ticket);
            }
        }
        if (!now && !queued) {
            ProblemMappers.end(context, ApiException.retryLater(ProblemType.SERVICE_UNAVAILABLE, "This replica is "
                    + "working on as many requests as it takes at once; retry in " + RETRY_AFTER.toSeconds() + " s.",
                    RETRY_AFTER));
            return;
        }
        // Once the response is over, written or not (connection lost, maybe while still waiting).
        context.addEndHandler(ended -> ended(ticket));
        if (now) {
            context.next();
        }
    }

    private void ended(Ticket ticket) {
        Ticket next;
        synchronized (this) {
            if (!ticket.started) {
                waiting.remove(ticket);
                return;
            }
            next = waiting.poll();
            if (next == null) {
                running--;
            } else {
                next.started = true;
            }
        }
        if (next != null) {
            next.loop.runOnContext(v -> next.context.next());
        }
    }
}
