package fr.cpts.registry.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** cpts.rate-limit.*: requests each client may make per minute, per replica. */
@ConfigMapping(prefix = "cpts.rate-limit")
public interface RateLimitConfig {

    /** CPTS_RATE_LIMIT_ENABLED=false turns limiting off (benchmarks and load tests). */
    @WithDefault("true")
    boolean enabled();

    /** GET and HEAD requests per client per minute. */
    @WithDefault("1200")
    int readsPerMinute();

    /** Other requests (writes) per client per minute. */
    @WithDefault("120")
    int writesPerMinute();

    /** Clients remembered at once; the least recently seen are forgotten first. */
    @WithDefault("100000")
    int maxClients();
}
