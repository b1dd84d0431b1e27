package fr.cpts.registry.http;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Conditional GETs for every JSON representation, FHIR JSON included: a strong ETag (FHIR's weak version tag for a
 * FHIR read), 304 Not Modified when {@code If-None-Match} names it, and a {@code Cache-Control} lifetime. Updatable resources carry their version tag; every other
 * representation gets a digest of the exact bytes sent, so it changes whenever anything in it changes, lists
 * included, and all replicas compute the same tag for the same data.
 */
public class ConditionalGetFilter {

    private static final MediaType FHIR_JSON = MediaType.valueOf(ErrorFormat.OPERATION_OUTCOME.mediaType());

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "cpts.http.max-age")
    int maxAge;

    @Inject
    ResponseCache cache;

    @Inject
    Versions versions;

    /**
     * A conditional GET of a representation tagged by its resource's version, naming the current version: 304 at once,
     * from the version, without building the representation.
     */
    @ServerRequestFilter
    public Optional<Response> currentVersion(ContainerRequestContext request, ResourceInfo resource) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || resource.getResourceMethod() == null
                || !resource.getResourceMethod().isAnnotationPresent(TaggedByVersion.class)
                || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))) {
            return Optional.empty();
        }
        OptionalLong version = versions.current(request.getUriInfo().getPathParameters().getFirst("id"));
        if (version.isEmpty() || !EntityTags.noneMatch(ifNoneMatch, EntityTags.of(version.getAsLong()))) {
            return Optional.empty();
        }
        return Optional.of(Response.notModified().header(HttpHeaders.ETAG, EntityTags.of(version.getAsLong()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge).build());
    }

    @ServerResponseFilter
    public void conditional(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing)
            throws JsonProcessingException {
        String method = request.getMethod();
        MediaType type = response.getMediaType();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200
                || !response.hasEntity() || type == null
                || !(MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || FHIR_JSON.isCompatible(type))) {
            return;
        }
        // Operations that say otherwise (@NoCache, @Cache) keep their own lifetime.
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        if (cacheControl == null) {
            cacheControl = "public, max-age=" + maxAge;
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        // Updatable resources set their version-based tag (EntityTags); the others get a digest of their bytes.
        // The FHIR view writes its JSON itself.
        Object entity = response.getEntity();
        byte[] body = entity instanceof byte[] bytes ? bytes
                : entity instanceof RawJson json ? json.utf8() : mapper.writeValueAsBytes(entity);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null) {
            etag = EntityTags.digest(body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        }
        String contentType = FHIR_JSON.isCompatible(type) ? FHIR_JSON.toString() : MediaType.APPLICATION_JSON;
        cache.store(routing, body, contentType, etag, response.getHeaderString(HttpHeaders.LAST_MODIFIED), cacheControl);
        if (EntityTags.noneMatch(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else if (HttpMethod.HEAD.equals(method)) {
            // The headers a GET would send, Content-Length included (the layer below sends no body for HEAD).
            response.setEntity(null);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, contentType);
        } else {
            response.setEntity(body, null, MediaType.valueOf(contentType));
        }
    }
}
