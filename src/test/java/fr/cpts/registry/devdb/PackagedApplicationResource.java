package fr.cpts.registry.devdb;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What the packaged application needs to run in its own process for the integration tests, as a deployment gives
 * it: an empty database of its own (on the test server, or the embedded one), which it migrates at start, and the
 * key that verifies the test tokens.
 */
public class PackagedApplicationResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "cpts_it";

    @Override
    public Map<String, String> start() {
        LocalDatabase.Connection connection = LocalDatabase.provide(new LocalDatabase.Settings(
                System.getProperty("cpts.devdb.mode", "auto"), System.getProperty("cpts.devdb.host", "127.0.0.1"),
                Integer.getInteger("cpts.devdb.port", 5432), System.getProperty("cpts.devdb.username", "postgres"),
                DATABASE));
        Properties user = new Properties();
        user.setProperty("user", connection.username());
        try (var db = DriverManager.getConnection(connection.jdbcUrl(), user); Statement statement = db.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty " + connection.jdbcUrl(), e);
        }
        return Map.of("quarkus.datasource.jdbc.url", connection.jdbcUrl(),
                "quarkus.datasource.username", connection.username(),
                "mp.jwt.verify.publickey.location",
                Path.of("target/test-classes/jwt/test-public-key.pem").toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", "https://auth.cpts-registry.test");
    }

    @Override
    public void stop() {
        // The database stays for inspection; the next run empties it.
    }
}
