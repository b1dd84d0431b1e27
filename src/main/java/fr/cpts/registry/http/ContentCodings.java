package fr.cpts.registry.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.netty.handler.codec.compression.CompressionOptions;
import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A strong ETag names one representation, its content coding included (RFC 9110 §8.8.3): gzip-encoded bytes get
 * another tag than the identity ones ("v3.gzip" beside "v3"). The HTTP layer compresses after the headers are set, so
 * the tag is completed here, as the headers go out, with the coding Netty's compressor will choose for this request
 * (asked the same question, with the same compressors). A 304 carries the tag the 200 would have had; HEAD is never
 * compressed, nor is HTTP/1.0. {@link EntityTags} accepts either form of the current tag in If-None-Match and If-Match.
 */
@ApplicationScoped
public class ContentCodings {

    /** Netty's choice of coding for an Accept-Encoding, with the compressors the server is configured with. */
    private static final class Negotiator extends HttpContentCompressor {
        Negotiator(CompressionOptions... compressors) {
            super(compressors);
        }

        String coding(String acceptEncoding) {
            return determineEncoding(acceptEncoding);
        }
    }

    @ConfigProperty(name = "quarkus.http.enable-compression")
    boolean compression;

    @ConfigProperty(name = "quarkus.http.compressors", defaultValue = "gzip,deflate")
    List<String> compressors;

    private Negotiator negotiator;

    void install(@Observes Router router) {
        if (!compression) {
            return;
        }
        negotiator = new Negotiator(compressors.stream().map(ContentCodings::options).toArray(CompressionOptions[]::new));
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(end -> tag(context));
            context.next();
        });
    }

    private void tag(RoutingContext context) {
        HttpServerResponse response = context.response();
        String etag = response.headers().get(HttpHeaders.ETAG);
        String coding = etag == null ? null : coding(context);
        if (coding != null) {
            response.headers().set(HttpHeaders.ETAG, EntityTags.coded(etag, coding));
        }
    }

    /** The coding the body of this response is (or, for a 304, would be) sent with; null for identity. */
    String coding(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (context.request().method() == HttpMethod.HEAD || context.request().version() == HttpVersion.HTTP_1_0
                || response.getStatusCode() != 304 && response.headers().contains(HttpHeaders.CONTENT_ENCODING)) {
            // Content-Encoding already set: identity (a media type not compressed) or a coding of the application's.
            return null;
        }
        String accepted = context.request().getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted == null ? null : negotiator.coding(accepted);
    }

    private static CompressionOptions options(String compressor) {
        return switch (compressor.strip()) {
            case "gzip" -> StandardCompressionOptions.gzip();
            case "deflate" -> StandardCompressionOptions.deflate();
            default -> throw new IllegalStateException("quarkus.http.compressors: no ETag coding for " + compressor);
        };
    }
}
