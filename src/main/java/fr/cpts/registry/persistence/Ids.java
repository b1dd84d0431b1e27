package fr.cpts.registry.persistence;

import java.security.SecureRandom;

/** New opaque ids: a type prefix and 12 random characters (60 bits), never reused since rows are never deleted. */
public final class Ids {

    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** Whether a client-given id can name a record: short, letters, digits and '_' (no query for anything else). */
    public static boolean plausible(String id) {
        return id != null && id.length() <= 32 && id.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }

    public static String next(String prefix) {
        StringBuilder id = new StringBuilder(prefix).append('_');
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
