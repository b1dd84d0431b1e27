package fr.cpts.registry.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Refuses a body announced larger than quarkus.http.limits.max-body-size with a problem+json 413, before Quarkus'
 * own limit (which answers an empty 413, and still stops chunked bodies that grow past the limit).
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void install(@Observes Router router) {
        long max = limit.asLongValue();
        // Quarkus installs its limit at order -2: run just before it.
        router.route().order(-3).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > max) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                ProblemMappers.end(context, ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + max / 1024 + " KiB, the most this service accepts.");
            } else {
                context.next();
            }
        });
    }
}
