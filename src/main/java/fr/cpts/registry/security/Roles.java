package fr.cpts.registry.security;

/** Roles carried by the token's groups claim. */
public final class Roles {

    /** May create and update CPTS and their parts. */
    public static final String EDITOR = "cpts-editor";

    /** May also delete CPTS and manage sources. */
    public static final String ADMIN = "cpts-admin";

    /** The OpenAPI security scheme of writes: a bearer JWT. */
    public static final String BEARER = "bearer";

    private Roles() {
    }
}
