package fr.cpts.registry.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Conditional GETs for every JSON representation: a strong ETag, 304 Not Modified when {@code If-None-Match} names
 * it, and a {@code Cache-Control} lifetime. Updatable resources carry their version tag; every other
 * representation gets a digest of the exact bytes sent, so it changes whenever anything in it changes, lists
 * included, and all replicas compute the same tag for the same data.
 */
public class ConditionalGetFilter {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "cpts.http.max-age")
    int maxAge;

    @ServerResponseFilter
    public void conditional(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String method = request.getMethod();
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200
                || !response.hasEntity() || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        // Operations that say otherwise (@NoCache, @Cache) keep their own lifetime.
        if (response.getHeaderString(HttpHeaders.CACHE_CONTROL) == null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge);
        }
        // Updatable resources set their version-based tag (EntityTags); the others get a digest of their bytes.
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null) {
            byte[] body = mapper.writeValueAsBytes(response.getEntity());
            etag = EntityTags.digest(body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
        }
        if (EntityTags.noneMatch(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
