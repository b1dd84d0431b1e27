package fr.cpts.registry.http;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.ws.rs.core.UriInfo;

/**
 * The {@code limit} and {@code cursor} of a paginated request, and how to build the page it asks for: its {@code next}
 * link is this request's path and query with the cursor after the page (a relative reference, see {@link Links}).
 */
public record PageRequest(int limit, Cursor after, UnaryOperator<String> linkAfter) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest parse(QueryParameters params, String rawLimit, String rawCursor, String sort, UriInfo uri) {
        int limit = params.integer("limit", rawLimit, 1, MAX_LIMIT, DEFAULT_LIMIT);
        Cursor after = Cursor.decode(params, rawCursor, sort);
        return new PageRequest(limit, after, cursor -> Links.withParameter(uri, "cursor", cursor));
    }

    /** Rows to fetch: one more than the limit tells whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    /**
     * Builds the page from up to {@link #fetchSize()} rows, with a {@code next} link positioned after the last
     * item kept when more rows exist.
     */
    public <R, T> Page<T> page(List<R> rows, Function<R, T> toItem, Function<R, Cursor> cursorOf) {
        boolean more = rows.size() > limit;
        List<R> kept = more ? rows.subList(0, limit) : rows;
        String next = more ? linkAfter.apply(cursorOf.apply(kept.get(kept.size() - 1)).encode()) : null;
        return new Page<>(kept.stream().map(toItem).toList(), next);
    }
}
