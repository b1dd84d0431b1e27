package fr.cpts.registry.devdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The fallback for machines without a reachable PostgreSQL: an embedded server that can run the migrations
 * (which need the unaccent and pg_trgm extensions).
 */
class LocalDatabaseTest {

    @Test
    void embeddedServerHasTheExtensionsTheMigrationsNeed() throws Exception {
        LocalDatabase.Connection db = LocalDatabase.provide(
                new LocalDatabase.Settings("embedded", "127.0.0.1", 5432, "postgres", "cpts_embedded_probe"));
        assertTrue(db.jdbcUrl().endsWith("/cpts_embedded_probe"), db.jdbcUrl());
        Properties properties = new Properties();
        properties.setProperty("user", db.username());
        try (var connection = new org.postgresql.Driver().connect(db.jdbcUrl(), properties);
                var statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            ResultSet result = statement.executeQuery(
                    "SELECT current_setting('server_version_num')::int / 10000, unaccent('Héricourt'), similarity('a', 'a')");
            assertTrue(result.next());
            assertEquals(16, result.getInt(1));
            assertEquals("Hericourt", result.getString(2));
            assertEquals(1.0f, result.getFloat(3));
        }
    }
}
