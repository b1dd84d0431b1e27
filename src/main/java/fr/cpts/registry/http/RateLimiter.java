package fr.cpts.registry.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-client rate limits (OWASP API4): a token bucket per client and kind of request (reads, writes), refilled
 * continuously over a minute. A client is its IP address, or for a bearer token its subject at that address (so a
 * forged subject can only drain buckets at the forger's own address). Every limited response carries RateLimit-Limit,
 * RateLimit-Remaining and RateLimit-Reset; a refused one is a 429 problem+json with Retry-After. Limits are per
 * replica. The health, metrics and contract endpoints (/q/*) are never limited.
 */
@ApplicationScoped
public class RateLimiter {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    public static final String POLICY = "RateLimit-Policy";

    @Inject
    RateLimitConfig config;

    @Inject
    ObjectMapper mapper;

    private Cache<String, Bucket> buckets;

    void install(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        buckets = Caffeine.newBuilder().maximumSize(config.maxClients()).expireAfterAccess(10, TimeUnit.MINUTES).build();
        // After request ids (-10), before body limits (-3) and everything else.
        router.route().order(-4).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        if (context.normalizedPath().startsWith("/q/")) {
            context.next();
            return;
        }
        boolean read = context.request().method() == HttpMethod.GET || context.request().method() == HttpMethod.HEAD;
        int perMinute = read ? config.readsPerMinute() : config.writesPerMinute();
        String key = (read ? "r:" : "w:") + client(context);
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long resetSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(
                probe.isConsumed() ? Duration.ofMinutes(1).toNanos() / perMinute : probe.getNanosToWaitForRefill()) + 1);
        context.response()
                .putHeader(LIMIT, Integer.toString(perMinute))
                .putHeader(REMAINING, Long.toString(probe.getRemainingTokens()))
                .putHeader(RESET, Long.toString(resetSeconds))
                .putHeader(POLICY, perMinute + ";w=60");
        if (probe.isConsumed()) {
            context.next();
        } else {
            ProblemMappers.end(context, ApiException.retryLater(ProblemType.TOO_MANY_REQUESTS, "More than " + perMinute
                    + " " + (read ? "reads" : "writes") + " a minute from this client; retry in " + resetSeconds + " s.",
                    Duration.ofSeconds(resetSeconds)));
        }
    }

    /** The client: its address, and the subject of its bearer token if it sends one. */
    private String client(RoutingContext context) {
        String address = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().host();
        String subject = subject(context.request().getHeader("Authorization"));
        return subject == null ? address : subject + "@" + address;
    }

    /** The unverified subject of a bearer JWT, only to tell clients apart; null when there is none. */
    private String subject(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3 || parts[1].length() > 8192) {
            return null;
        }
        try {
            JsonNode claims = mapper.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode sub = claims.get("sub");
            return sub != null && sub.isTextual() && sub.asText().length() <= 200 ? sub.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
