package fr.cpts.registry.devdb;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In the dev and test profiles, points the datasource at a ready database when none is configured:
 * the local server (127.0.0.1:5432 by default), or else an embedded PostgreSQL, so that
 * {@code ./mvnw quarkus:dev} and {@code ./mvnw verify} need no setup and no Docker.
 * An explicit {@code quarkus.datasource.jdbc.url} (e.g. QUARKUS_DATASOURCE_JDBC_URL) always wins.
 */
public class LocalDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean test = profiles.contains("test");
        if (!test && !profiles.contains("dev")) {
            return List.of();
        }
        if (isSet(context.getValue(URL))) {
            return List.of();
        }
        LocalDatabase.Settings settings = new LocalDatabase.Settings(
                value(context, "cpts.devdb.mode", "auto"),
                value(context, "cpts.devdb.host", "127.0.0.1"),
                Integer.parseInt(value(context, "cpts.devdb.port", "5432")),
                value(context, "cpts.devdb.username", "postgres"),
                value(context, "cpts.devdb.database", test ? "cpts_test" : "cpts_dev"));
        LocalDatabase.Connection db = LocalDatabase.provide(settings);
        return List.of(new PropertiesConfigSource(Map.of(
                URL, db.jdbcUrl(),
                "quarkus.datasource.username", db.username(),
                "quarkus.datasource.password", ""), "cpts-local-database", 120));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(120);
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String value(ConfigSourceContext context, String name, String defaultValue) {
        ConfigValue value = context.getValue(name);
        return isSet(value) ? value.getValue() : defaultValue;
    }
}
