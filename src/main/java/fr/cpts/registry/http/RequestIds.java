package fr.cpts.registry.http;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Every request gets an id: the caller's X-Request-Id when it is a plausible one, else a new UUID. It is sent back
 * in X-Request-Id, put in the log context (requestId) of everything the request logs, and in the access log.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Ids are echoed in headers and logs: nothing but a short token. */
    private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(-10).handler(context -> {
            String id = context.request().getHeader(HEADER);
            if (id == null || !PLAUSIBLE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                context.request().headers().set(HEADER, id);
            }
            context.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            context.next();
        });
    }

    /** The id of the current request, for messages pointing to the logs. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }
}
