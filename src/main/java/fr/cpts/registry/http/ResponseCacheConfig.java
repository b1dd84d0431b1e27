package fr.cpts.registry.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** cpts.cache.*: the per-replica cache of JSON representations. */
@ConfigMapping(prefix = "cpts.cache")
public interface ResponseCacheConfig {

    /** CPTS_CACHE_ENABLED=false computes every representation afresh. */
    @WithDefault("true")
    boolean enabled();

    /** Bytes of representations kept at most (least recently used dropped first). */
    @WithDefault("67108864")
    long maxBytes();
}
