package fr.cpts.registry.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import fr.cpts.registry.http.CacheScopes;
import fr.cpts.registry.http.ResponseCache;
import fr.cpts.registry.http.ResponseCacheConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Listens to the cpts_changes channel on a connection of its own (outside the pool) and drops from the response cache
 * what each notification names: the scopes a write touched (ChangeLog), or everything for a change made outside the
 * API (a statement trigger's empty payload). While it cannot listen — the database unreachable, the connection lost — the cache is off,
 * and it reconnects every second.
 */
@ApplicationScoped
public class ChangeNotifications {

    private static final Logger LOG = Logger.getLogger(ChangeNotifications.class);

    @Inject
    ResponseCache cache;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    ResponseCacheConfig cacheConfig;

    private volatile boolean running;
    private Thread listener;

    void start(@Observes StartupEvent event) {
        if (!cacheConfig.enabled()) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "cpts-change-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + ChangeLog.NOTIFICATIONS);
                cache.enable(true);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    // Waits up to a second, then checks the connection is still alive (a lost one throws).
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            cache.invalidate(scopes(notification.getParameter()));
                        }
                    }
                    statement.execute("SELECT 1");
                }
            } catch (SQLException | RuntimeException e) {
                cache.enable(false);
                LOG.debugf("Not listening to cpts_changes (%s); the response cache is off", e.getMessage());
            }
            sleep();
        }
    }

    /** The scopes a notification names; an empty payload (a trigger's, for a change of unknown extent): all. */
    static Set<String> scopes(String payload) {
        return payload == null || payload.isBlank() ? Set.of(CacheScopes.EVERYTHING) : Set.of(payload.split(" "));
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("ApplicationName", "cpts-registry-notifications");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL URL: " + url);
        }
        return connection;
    }

    private void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
