package fr.cpts.registry.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

/**
 * Every link the API writes (a page's {@code next}, a change's {@code href}, {@code Location}) is a relative
 * reference: a path and query, resolved by the client against the URL it called. None is built from {@code Host} or
 * {@code X-Forwarded-*}, headers any client can set: a representation is the same whoever asks, so it can be cached
 * and shared without handing one client's origin to another.
 */
public final class Links {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Links() {
    }

    /** This request's path and query, as the API writes them. */
    public static String self(UriInfo uri) {
        return withParameter(uri, null, null);
    }

    /** This request's path and query, with the query parameter {@code name} set to {@code value} (last; removed if null). */
    public static String withParameter(UriInfo uri, String name, String value) {
        StringBuilder link = new StringBuilder(encode(uri.getPath(), true));
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getKey().equals(name)) {
                continue;
            }
            for (String given : parameter.getValue()) {
                link.append(separator).append(encode(parameter.getKey(), false)).append('=').append(encode(given, false));
                separator = '&';
            }
        }
        if (value != null) {
            link.append(separator).append(encode(name, false)).append('=').append(encode(value, false));
        }
        return link.toString();
    }

    /**
     * A path and query parameters, in the order given, written as {@link #withParameter} writes them: for operations
     * whose links carry only some of the parameters they were given (the FHIR view leaves out those it ignores).
     */
    public static String of(String path, List<Map.Entry<String, String>> parameters) {
        StringBuilder link = new StringBuilder(encode(path, true));
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters) {
            link.append(separator).append(encode(parameter.getKey(), false)).append('=')
                    .append(encode(parameter.getValue(), false));
            separator = '&';
        }
        return link.toString();
    }

    /** The path of one member of a collection, e.g. {@code /v1/cpts/cpts_fqgmb7d998ve}. */
    public static String member(String collection, String id) {
        return collection + '/' + encode(id, false);
    }

    /** Percent-encodes UTF-8 text, keeping RFC 3986 unreserved characters (and '/' in a path). */
    static String encode(String text, boolean path) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || path && c == '/') {
                out.append((char) c);
            } else {
                escape(out, c);
            }
        }
        return out.toString();
    }

    /** Appends a byte percent-encoded: %XX, upper-case hexadecimal. */
    static StringBuilder escape(StringBuilder out, int b) {
        return out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }
}
