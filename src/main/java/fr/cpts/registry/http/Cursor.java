package fr.cpts.registry.http;

import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The position after the last item of a page, for keyset pagination: the sort it was issued for, the sort key
 * of that item (null when the key is null) and its id. Opaque to clients (base64url JSON): it carries its own
 * position, so any replica can serve the next page and rows added between pages neither shift nor repeat it.
 */
public record Cursor(String sort, String key, String id) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LENGTH = 1024;

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key as a date; a forged cursor whose key is not one is a bad parameter, not a server error. */
    public java.time.LocalDate dateKey() {
        try {
            return java.time.LocalDate.parse(key);
        } catch (RuntimeException e) {
            throw forged();
        }
    }

    /** The id as a number, for sequences; a forged cursor is a bad parameter. */
    public long numericId() {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw forged();
        }
    }

    private static ApiException forged() {
        return QueryParameters.invalid(java.util.List.of(ProblemError.query("cursor",
                "is not a cursor issued by this API; use the 'next' link of the previous page")));
    }

    /** Decodes a cursor given back by a client; a bad one is reported to {@code params} as an invalid parameter. */
    public static Cursor decode(QueryParameters params, String raw, String expectedSort) {
        return decode(params, "cursor", raw, expectedSort);
    }

    /** Decodes a cursor given in the parameter {@code name}. */
    public static Cursor decode(QueryParameters params, String name, String raw, String expectedSort) {
        if (raw == null) {
            return null;
        }
        Cursor cursor = null;
        try {
            if (raw.length() <= MAX_LENGTH) {
                cursor = JSON.readValue(Base64.getUrlDecoder().decode(raw), Cursor.class);
            }
        } catch (IllegalArgumentException | java.io.IOException e) {
            // reported below
        }
        if (cursor == null || cursor.id() == null || cursor.sort() == null) {
            params.reject(name, "is not a cursor issued by this API; use the 'next' link of the previous page");
            return null;
        }
        if (!cursor.sort().equals(expectedSort)) {
            params.reject(name, "was issued for sort '" + cursor.sort() + "', not '" + expectedSort + "'");
            return null;
        }
        return cursor;
    }
}
