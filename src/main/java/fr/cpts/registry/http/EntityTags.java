package fr.cpts.registry.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

import fr.cpts.registry.persistence.ExpectedVersion;
import fr.cpts.registry.persistence.Refusal;

/**
 * Version-based strong entity tags of updatable resources, and the If-Match precondition of their writes: a write
 * must name the version it was prepared from (428 when it names none, 412 when another version is current). A tag
 * may carry the content coding of the bytes it was sent with ("v3.gzip", see {@link ContentCodings}); preconditions
 * compare the representation's tag without it.
 */
public final class EntityTags {

    /** A version's tag, without content coding: "v3". */
    private static final Pattern VERSION_TAG = Pattern.compile("\"v(\\d{1,18})\"");

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"v" + version + '"';
    }

    /**
     * The versions an If-Match header names: {@code *} any current one; a version's strong tag that version (with
     * or without a content coding); a weak or foreign tag none (If-Match compares strongly). Absent or blank: none
     * named (428).
     */
    public static ExpectedVersion expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ExpectedVersion.NONE;
        }
        boolean any = false;
        Set<Long> versions = new HashSet<>();
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            Matcher version = VERSION_TAG.matcher(uncoded(tag));
            if (tag.equals("*")) {
                any = true;
            } else if (version.matches()) {
                versions.add(Long.parseLong(version.group(1)));
            }
        }
        return new ExpectedVersion(true, any, Set.copyOf(versions));
    }

    /** The detail of a 428 or a 412, with the current version's tag to read it again by. */
    static String unmet(ExpectedVersion.Unmet unmet) {
        String current = of(unmet.current());
        return unmet.kind() == Refusal.Kind.VERSION_REQUIRED
                ? "This write needs an If-Match header with the ETag of the version it was prepared from (current: "
                        + current + ")."
                : "The resource changed since the version named in If-Match; the current version is " + current
                        + ": read it again and reapply the change.";
    }

    /** A strong tag derived from the exact bytes of a representation. */
    public static String digest(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110 If-None-Match: "*" or a list of entity tags, compared weakly; true when the request is satisfied. */
    public static boolean noneMatch(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String target = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || uncoded(tag.startsWith("W/") ? tag.substring(2) : tag).equals(target)) {
                return true;
            }
        }
        return false;
    }

    /** The tag of the same representation sent with a content coding: "v3" and gzip give "v3.gzip". */
    static String coded(String etag, String coding) {
        return etag.substring(0, etag.length() - 1) + '.' + coding + '"';
    }

    /** The tag without its content coding ('.' never occurs in the tags this API makes otherwise). */
    private static String uncoded(String tag) {
        int dot = tag.lastIndexOf('.');
        return dot < 0 || !tag.endsWith("\"") ? tag : tag.substring(0, dot) + '"';
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, of(version)).build();
    }

    /**
     * 201 with the new resource's ETag and its path in {@code Location}, set as a header: a relative reference (see
     * {@link Links}), which JAX-RS' created() would resolve against the request's Host.
     */
    public static <T> RestResponse<T> created(T body, long version, String location) {
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED).entity(body)
                .header(HttpHeaders.LOCATION, location).header(HttpHeaders.ETAG, of(version)).build();
    }
}
