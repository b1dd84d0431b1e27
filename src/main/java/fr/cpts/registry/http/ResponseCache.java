package fr.cpts.registry.http;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The JSON representations this replica already computed, served again without touching the database until data
 * changes anywhere. Any committed change (this replica's writes at once, at commit; every change to the tables,
 * whoever makes it, by PostgreSQL NOTIFY) starts a new generation and empties the cache; a representation computed
 * while a write committed is not kept (its generation is stale). While the notifications cannot be received the cache
 * is off: it is never stale by more than the notification delay. The change feed and exports are never cached;
 * neither is anything but GET.
 */
@ApplicationScoped
public class ResponseCache {

    /** What a GET computed: the bytes and the headers that describe them. */
    record Entry(byte[] body, String contentType, String etag, String cacheControl, long generation) {
    }

    /** A GET the cache could not answer: where to keep what it computes, if no write commits meanwhile. */
    private record Pending(String key, long generation) {
    }

    private static final String PENDING = "cpts.cache.pending";

    @Inject
    ResponseCacheConfig config;

    private final AtomicLong generation = new AtomicLong();
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

    /** Every cached representation is stale: a write committed. */
    public void invalidate() {
        generation.incrementAndGet();
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    /** Notifications received again (or not): caching resumes from an empty cache (or stops). */
    public void enable(boolean on) {
        invalidate();
        enabled = on && entries != null;
    }

    private void serve(RoutingContext context) {
        String key = key(context);
        if (key != null) {
            Entry entry = entries.getIfPresent(key);
            if (entry != null && entry.generation() == generation.get()) {
                var response = context.response()
                        .putHeader(HttpHeaders.ETAG, entry.etag())
                        .putHeader(HttpHeaders.CACHE_CONTROL, entry.cacheControl());
                if (EntityTags.noneMatch(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
                    response.setStatusCode(304).end();
                } else {
                    response.putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType()).end(Buffer.buffer(entry.body()));
                }
                return;
            }
            context.put(PENDING, new Pending(key, generation.get()));
        }
        context.next();
    }

    /** Keeps what a GET computed, unless a write committed since the request began. */
    void store(RoutingContext context, byte[] body, String contentType, String etag, String cacheControl) {
        Pending pending = context == null ? null : context.get(PENDING);
        if (pending != null && pending.generation() == generation.get()) {
            entries.put(pending.key(), new Entry(body, contentType, etag, cacheControl, pending.generation()));
        }
    }

    private String key(RoutingContext context) {
        if (!enabled || context.request().method() != HttpMethod.GET) {
            return null;
        }
        String path = context.request().path();
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (path == null || !path.startsWith("/v1/") || path.startsWith("/v1/changes")
                || (accept != null && !accept.contains("json") && !accept.contains("*/*"))) {
            return null;
        }
        // No Accept, */* and application/json all get the JSON representation: one entry for the three.
        boolean json = accept == null || "*/*".equals(accept) || "application/json".equals(accept);
        return context.request().uri() + '|' + (json ? "" : accept);
    }
}
