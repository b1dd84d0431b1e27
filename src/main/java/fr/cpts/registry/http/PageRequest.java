package fr.cpts.registry.http;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.UriInfo;

/** The {@code limit} and {@code cursor} of a paginated request, and how to build the page it asks for. */
public record PageRequest(int limit, Cursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest parse(QueryParameters params, String rawLimit, String rawCursor, String sort) {
        int limit = params.integer("limit", rawLimit, 1, MAX_LIMIT, DEFAULT_LIMIT);
        Cursor after = Cursor.decode(params, rawCursor, sort);
        return new PageRequest(limit, after);
    }

    /** Rows to fetch: one more than the limit tells whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * Builds the page from up to {@link #fetchSize()} rows, with a {@code next} link positioned after the last
     * item kept when more rows exist.
     */
    public <R, T> Page<T> page(List<R> rows, Function<R, T> toItem, Function<R, Cursor> cursorOf, UriInfo uri) {
        boolean more = rows.size() > limit;
        List<R> kept = more ? rows.subList(0, limit) : rows;
        String next = more
                ? uri.getRequestUriBuilder().replaceQueryParam("cursor", cursorOf.apply(kept.get(kept.size() - 1)).encode())
                        .build().toString()
                : null;
        return new Page<>(kept.stream().map(toItem).toList(), next);
    }
}
