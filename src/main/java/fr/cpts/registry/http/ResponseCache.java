package fr.cpts.registry.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The JSON representations this replica already computed, served again without touching the database until a change
 * touches them. Each representation is in scopes ({@link CacheScopes}, from its path): a committed change drops the
 * representations of the scopes it touched (this replica's writes at commit, every other change by PostgreSQL NOTIFY)
 * and keeps the rest; a change of unknown extent drops everything. A representation computed while a change touching
 * its scopes committed is not kept. Concurrent requests for a representation not in the cache compute it once: the
 * first computes, the others wait for it and are served from the cache. While the notifications cannot be received the
 * cache is off: it is never stale by more than the notification delay. The change feed and exports are never cached,
 * nor the FHIR view's history or a FHIR request naming its own handling (Prefer); neither is anything but GET.
 */
@ApplicationScoped
public class ResponseCache {

    /** What a GET computed: the bytes and the headers that describe them, and what they depend on. */
    record Entry(byte[] body, String contentType, String etag, String lastModified, String cacheControl,
            Set<String> scopes) {
    }

    /** A GET the cache could not answer: where to keep what it computes, if no change touched it meanwhile. */
    private record Pending(String key, Set<String> scopes, long since) {
    }

    /** The requests waiting for the first request of their key, which computes the representation. */
    private static final class Flight {
        private final List<Runnable> waiting = new ArrayList<>();
        private boolean landed;
    }

    private static final String PENDING = "cpts.cache.pending";

    @Inject
    ResponseCacheConfig config;

    @Inject
    CacheScopes scopes;

    /** Counts invalidations; a scope remembers the count at its last one. */
    private final AtomicLong epoch = new AtomicLong();
    private final Map<String, Long> touchedAt = new ConcurrentHashMap<>();
    private final Map<String, Flight> flights = new ConcurrentHashMap<>();
    private volatile boolean enabled;
    private Cache<String, Entry> entries;

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        entries = Caffeine.newBuilder().maximumWeight(config.maxBytes())
                .weigher((String key, Entry e) -> key.length() + e.body().length).build();
        // After rate limits (-4) and body limits (-3); before the REST layer.
        router.route().order(-2).handler(this::serve);
    }

    /** Drops every representation in one of these scopes ({@link CacheScopes#EVERYTHING}: all of them). */
    public void invalidate(Set<String> touched) {
        long now = epoch.incrementAndGet();
        touched.forEach(scope -> touchedAt.put(scope, now));
        if (entries != null) {
            if (touched.contains(CacheScopes.EVERYTHING)) {
                entries.invalidateAll();
            } else {
                entries.asMap().values().removeIf(entry -> !fresh(entry.scopes(), now - 1));
            }
        }
    }

    /** Notifications received again (or not): caching resumes from an empty cache (or stops). */
    public void enable(boolean on) {
        invalidate(Set.of(CacheScopes.EVERYTHING));
        enabled = on && entries != null;
    }

    private void serve(RoutingContext context) {
        String key = key(context);
        if (key == null) {
            context.next();
            return;
        }
        Entry entry = entries.getIfPresent(key);
        if (entry != null) {
            respond(context, entry);
            return;
        }
        Flight flight = new Flight();
        Flight computing = flights.putIfAbsent(key, flight);
        if (computing != null) {
            Context loop = Vertx.currentContext();
            boolean waits;
            synchronized (computing) {
                waits = !computing.landed;
                if (waits) {
                    computing.waiting.add(() -> loop.runOnContext(v -> afterWaiting(context, key)));
                }
            }
            if (!waits) {
                afterWaiting(context, key);
            }
            return;
        }
        // Computed or not (an error, a change meanwhile), once the response is over the others are served or compute.
        // Registered first: the response may end before compute returns.
        context.addEndHandler(ended -> land(key, flight));
        compute(context, key);
    }

    private void compute(RoutingContext context, String key) {
        context.put(PENDING, new Pending(key, scopes.of(context.request().path(), context.request().query()),
                epoch.get()));
        context.next();
    }

    private void afterWaiting(RoutingContext context, String key) {
        Entry entry = entries.getIfPresent(key);
        if (entry != null) {
            respond(context, entry);
        } else {
            compute(context, key);
        }
    }

    private void land(String key, Flight flight) {
        flights.remove(key, flight);
        List<Runnable> waiting;
        synchronized (flight) {
            flight.landed = true;
            waiting = List.copyOf(flight.waiting);
        }
        waiting.forEach(Runnable::run);
    }

    private static void respond(RoutingContext context, Entry entry) {
        var response = context.response()
                .putHeader(HttpHeaders.ETAG, entry.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, entry.cacheControl());
        if (entry.lastModified() != null) {
            response.putHeader(HttpHeaders.LAST_MODIFIED, entry.lastModified());
        }
        if (EntityTags.noneMatch(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType()).end(Buffer.buffer(entry.body()));
        }
    }

    /** Keeps what a GET computed, unless a change touching its scopes committed since the request began. */
    void store(RoutingContext context, byte[] body, String contentType, String etag, String lastModified,
            String cacheControl) {
        Pending pending = context == null ? null : context.get(PENDING);
        if (pending == null || !fresh(pending.scopes(), pending.since())) {
            return;
        }
        entries.put(pending.key(), new Entry(body, contentType, etag, lastModified, cacheControl, pending.scopes()));
        // An invalidation between the check and the put removed nothing of it: see again.
        if (!fresh(pending.scopes(), pending.since())) {
            entries.invalidate(pending.key());
        }
    }

    /** Whether no change touched these scopes (or everything) after the invalidation count {@code since}. */
    private boolean fresh(Set<String> entryScopes, long since) {
        if (touchedAt.getOrDefault(CacheScopes.EVERYTHING, 0L) > since) {
            return false;
        }
        for (String scope : entryScopes) {
            if (touchedAt.getOrDefault(scope, 0L) > since) {
                return false;
            }
        }
        return true;
    }

    private String key(RoutingContext context) {
        if (!enabled || context.request().method() != HttpMethod.GET) {
            return null;
        }
        String path = context.request().path();
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean fhir = path != null && path.startsWith("/fhir/r4/");
        if (path == null || !(path.startsWith("/v1/") || fhir) || path.startsWith("/v1/changes")
                || path.startsWith("/v1/exports") || fhir && (path.contains("/_history")
                        || context.request().getHeader("Prefer") != null)
                || (accept != null && !accept.contains("json") && !accept.contains("*/*"))) {
            return null;
        }
        // No Accept, */* and application/json all get the JSON representation: one entry for the three.
        boolean json = accept == null || "*/*".equals(accept) || "application/json".equals(accept);
        return context.request().uri() + '|' + (json ? "" : accept);
    }
}
