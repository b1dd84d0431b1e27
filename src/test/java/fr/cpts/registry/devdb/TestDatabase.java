package fr.cpts.registry.devdb;

import java.net.URI;

/** The test profile's database, for tests that must reach it in their own way (through a proxy, say). */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** host:port of the server the tests use (the local one, or the embedded fallback), created if needed. */
    public static URI server() {
        return URI.create(connection().jdbcUrl().substring("jdbc:".length()));
    }

    public static String database() {
        return System.getProperty("cpts.devdb.database", "cpts_test");
    }

    /** The user of that server: the configured one, or postgres for the embedded fallback. */
    public static String username() {
        return connection().username();
    }

    /** Resolved once per JVM by LocalDatabase (which remembers it). */
    private static LocalDatabase.Connection connection() {
        return LocalDatabase.provide(new LocalDatabase.Settings(
                System.getProperty("cpts.devdb.mode", "auto"), System.getProperty("cpts.devdb.host", "127.0.0.1"),
                Integer.getInteger("cpts.devdb.port", 5432), System.getProperty("cpts.devdb.username", "postgres"),
                database()));
    }
}
