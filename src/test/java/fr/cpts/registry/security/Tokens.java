package fr.cpts.registry.security;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed with the test key (src/test/resources/jwt) that the test profile trusts. */
public final class Tokens {

    private Tokens() {
    }

    public static String editor() {
        return withGroups("editor-alice", Roles.EDITOR);
    }

    public static String admin() {
        return withGroups("admin-bob", Roles.ADMIN);
    }

    /** A valid token without a registry role. */
    public static String reader() {
        return withGroups("reader-carol", "some-other-app");
    }

    public static String withGroups(String subject, String... groups) {
        return "Bearer " + Jwt.subject(subject).groups(Set.of(groups)).expiresIn(300).sign();
    }

    public static String expired() {
        return "Bearer " + Jwt.subject("editor-alice").groups(Roles.EDITOR).issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    /** Signed by a key the service does not trust. */
    public static String foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "Bearer " + Jwt.subject("mallory").groups(Roles.ADMIN).expiresIn(300)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String wrongIssuer() {
        return "Bearer " + Jwt.issuer("https://elsewhere.example").subject("editor-alice").groups(Roles.EDITOR)
                .expiresIn(300).sign();
    }
}
