package fr.cpts.registry.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/** A problem+json 404 for paths that no endpoint serves, instead of an empty or HTML page. */
@ApplicationScoped
public class UnmatchedRoutes {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE)
                .handler(context -> ProblemMappers.end(context, ProblemType.NOT_FOUND, "No resource at this path."));
    }
}
