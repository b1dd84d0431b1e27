package fr.cpts.registry.http;

import java.util.Set;

/**
 * What a representation depends on, as named scopes: a write invalidates the cached representations of the scopes it
 * touches, and only those. The scopes of a representation are known from its path and query, before it is computed.
 */
public interface CacheScopes {

    /** The scope every representation is in: a change of unknown extent (a migration, a manual fix) touches it. */
    String EVERYTHING = "*";

    /** The scopes a GET of this path and query (raw, without '?'; null for none) depends on. */
    Set<String> of(String path, String query);
}
