package fr.cpts.registry.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How often each property of each component schema was present in the JSON responses the tests received, to find
 * properties the server always sends that the contract does not require (ContractPresenceTest). Each test class loader
 * keeps its own counts and writes them after each test class to target/openapi-observations, one file per loader,
 * named after the JVM's start so that a later run never mixes with this one.
 */
final class PropertyPresence {

    static final Path DIRECTORY = Path.of("target/openapi-observations");
    private static final String SCHEMAS = "#/components/schemas/";

    private final JsonNode contract;
    /** "Schema" → objects of that schema seen; "Schema.property" → those in which the property was present. */
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final Path file = DIRECTORY.resolve(jvmStart() + "-" + UUID.randomUUID() + ".json");

    PropertyPresence(JsonNode contract) {
        this.contract = contract;
    }

    /** Counts what {@code instance} holds of {@code schema} (a contract schema node), recursively. */
    void observe(JsonNode schema, JsonNode instance) {
        if (schema.has("$ref") && schema.get("$ref").asText().startsWith(SCHEMAS)) {
            String name = schema.get("$ref").asText().substring(SCHEMAS.length());
            JsonNode resolved = contract.path("components").path("schemas").path(name);
            if (instance.isObject() && resolved.has("properties")) {
                count(name);
                for (Iterator<Map.Entry<String, JsonNode>> it = resolved.get("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (instance.has(property.getKey())) {
                        count(name + '.' + property.getKey());
                        observe(property.getValue(), instance.get(property.getKey()));
                    }
                }
            }
            return;
        }
        for (String alternatives : new String[] { "anyOf", "oneOf", "allOf" }) {
            schema.path(alternatives).forEach(alternative -> observe(alternative, instance));
        }
        if (schema.has("items") && instance.isArray()) {
            instance.forEach(item -> observe(schema.get("items"), item));
        }
        if (schema.has("properties") && instance.isObject()) {
            schema.get("properties").fields().forEachRemaining(p -> {
                if (instance.has(p.getKey())) {
                    observe(p.getValue(), instance.get(p.getKey()));
                }
            });
        }
    }

    private void count(String key) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Writes this loader's counts so far (the whole file again). */
    synchronized void flush() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((key, count) -> snapshot.put(key, count.get()));
        try {
            Files.createDirectories(DIRECTORY);
            new ObjectMapper().writeValue(file.toFile(), snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every count written in this JVM, summed over the loaders; the files of earlier runs are removed. */
    static Map<String, Long> thisRun() {
        Map<String, Long> total = new TreeMap<>();
        if (!Files.isDirectory(DIRECTORY)) {
            return total;
        }
        try (var files = Files.list(DIRECTORY)) {
            for (Path path : files.toList()) {
                if (!path.getFileName().toString().startsWith(jvmStart() + "-")) {
                    Files.delete(path);
                    continue;
                }
                Map<String, Long> counts = new ObjectMapper().readValue(path.toFile(), new TypeReference<>() {
                });
                counts.forEach((key, count) -> total.merge(key, count, Long::sum));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    private static long jvmStart() {
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
