package fr.cpts.registry.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request target (path and query) reaches the application as percent-encoded UTF-8, or is refused with a 400
 * problem+json naming the parameter at fault.
 * <p>
 * Quarkus checks targets with {@link java.net.URI} before any route and answers an empty 400 (a bare 400 is no
 * answer a client can act on), and reads raw non-ASCII bytes as Latin-1. {@link #takeOverValidation()} turns that
 * check off before Quarkus starts; this route, first of all, does it instead:
 * <ul>
 * <li>raw UTF-8 (what curl sends for a typed "é") is percent-encoded and the request routed again, so that it is read
 * as UTF-8;</li>
 * <li>so are the characters a URI may not carry as they are (space, {@code " < > \ ^ ` { | } [ ] #});</li>
 * <li>control characters, a malformed escape ({@code %ZZ}, a lone {@code %}), and bytes or escapes that do not decode
 * as UTF-8 are refused: 400 {@code invalid-parameter}, with an error for each query parameter (or the path) at
 * fault.</li>
 * </ul>
 * A request line longer than {@code quarkus.http.limits.max-initial-line-length} never reaches a route: the HTTP
 * layer answers 414 without a body (documented in the README and the contract).
 */
@ApplicationScoped
public class RequestTargets {

    /** Quarkus' own check of request targets, off when this is "true" (read once, when Quarkus starts). */
    public static final String QUARKUS_CHECK_OFF = "vertx.disableURIValidation";

    /** What a target may carry unencoded: RFC 3986 unreserved, sub-delims, ':', '@', '/', '?' and '%' (escapes). */
    private static final boolean[] AS_IS = new boolean[128];

    static {
        String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?%";
        allowed.chars().forEach(c -> AS_IS[c] = true);
    }

    /**
     * Hands the check to this class; called before Quarkus starts by RegistryMain. The JVMs Quarkus starts itself set
     * the property on their command line instead (pom.xml: the tests' surefire configuration, dev mode's jvmArgs).
     */
    public static void takeOverValidation() {
        System.setProperty(QUARKUS_CHECK_OFF, "true");
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        String target = originForm(uri);
        if (target == null) {
            context.next();
            return;
        }
        List<ProblemError> errors = new ArrayList<>();
        String normalised = normalise(target, errors);
        if (!errors.isEmpty()) {
            boolean inPath = errors.stream().allMatch(e -> "path".equals(e.in()));
            ProblemMappers.end(context, new ApiException(ProblemType.INVALID_PARAMETER, inPath
                    ? "The request path is not valid percent-encoded UTF-8."
                    : QueryParameters.invalid(errors).getMessage(), errors));
        } else if (!normalised.equals(uri)) {
            context.reroute(context.request().method(), normalised);
        } else {
            context.next();
        }
    }

    /** The path and query of an origin-form or absolute-form target; null for "*" and other forms. */
    static String originForm(String uri) {
        if (uri == null || uri.isEmpty()) {
            return null;
        }
        if (uri.charAt(0) == '/') {
            return uri;
        }
        int scheme = uri.indexOf("://");
        if (scheme <= 0) {
            return null;
        }
        int path = uri.indexOf('/', scheme + 3);
        return path < 0 ? null : uri.substring(path);
    }

    /**
     * The target percent-encoded where it must be; what cannot be read is added to {@code errors} (one error per
     * parameter, or one for the path).
     */
    static String normalise(String target, List<ProblemError> errors) {
        if (target.chars().allMatch(c -> c < 0x80 && AS_IS[c] && c != '%')) {
            // Nothing to encode, nothing to decode: the common case costs one scan.
            return target;
        }
        StringBuilder out = new StringBuilder(target.length() + 16);
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String problem = encode(path, out);
        if (problem != null) {
            errors.add(new ProblemError("path", path, problem));
        }
        if (question >= 0) {
            out.append('?');
            String[] pairs = target.substring(question + 1).split("&", -1);
            for (int i = 0; i < pairs.length; i++) {
                if (i > 0) {
                    out.append('&');
                }
                String pair = pairs[i];
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                problem = encode(name, out);
                if (equals >= 0) {
                    out.append('=');
                    String valueProblem = encode(pair.substring(equals + 1), out);
                    problem = problem != null ? problem : valueProblem;
                }
                if (problem != null) {
                    errors.add(ProblemError.query(readable(name), problem));
                }
            }
        }
        return out.toString();
    }

    /**
     * Appends one component (a path, a parameter name or value) to {@code out}, percent-encoding what may not stay as
     * it is; returns what is wrong with it, or null.
     */
    private static String encode(String raw, StringBuilder out) {
        ByteBuffer decoded = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    String escape = raw.substring(i, Math.min(raw.length(), i + 3));
                    return "'" + escape + "' is not a percent-encoding (% and two hexadecimal digits); send % as %25";
                }
                decoded.put((byte) (Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16)));
                out.append(raw, i, i + 3);
                i += 2;
            } else if (c < 0x20 || c == 0x7F) {
                return "contains the control character U+00" + Links.escape(new StringBuilder(), c).substring(1)
                        + "; percent-encode it";
            } else if (c > 0xFF) {
                return "contains a character that is not a byte; send UTF-8, percent-encoded";
            } else if (c < 0x80 && AS_IS[c]) {
                decoded.put((byte) c);
                out.append(c);
            } else {
                // Raw bytes (chars of the Latin-1 reading of the request line) and characters a URI may not carry.
                decoded.put((byte) c);
                Links.escape(out, c);
            }
        }
        decoded.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(decoded);
            return null;
        } catch (CharacterCodingException e) {
            return "is not UTF-8 once percent-decoded; encode text as UTF-8 (é is %C3%A9)";
        }
    }

    /** A parameter name as the client meant it when it decodes, else as sent. */
    private static String readable(String name) {
        try {
            return java.net.URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
