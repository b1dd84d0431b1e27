package fr.cpts.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * A generated client types a property as always there only if the contract requires it: every property that was
 * present in every JSON response of its schema during this run must be required. A plain test: it runs after every
 * {@code @QuarkusTest} of the run (QuarkusTestProfileAwareClassOrderer), from what they observed ({@link
 * PropertyPresence}). A run of a few test classes proves nothing (a first page always has a next): it is skipped.
 */
class ContractPresenceTest {

    @Test
    void everyPropertyAlwaysSentIsRequired() throws IOException {
        Map<String, Long> counts = PropertyPresence.thisRun();
        JsonNode schemas = new YAMLMapper().readTree(Files.readString(Path.of("openapi/openapi.yaml")))
                .path("components").path("schemas");
        List<String> objects = new ArrayList<>();
        schemas.fields().forEachRemaining(s -> {
            if (s.getValue().has("properties") && !s.getKey().endsWith("Input")) {
                objects.add(s.getKey());
            }
        });
        List<String> unseen = objects.stream().filter(name -> !counts.containsKey(name)).toList();
        assumeTrue(unseen.size() < objects.size() / 2, "not the whole suite: " + unseen.size() + " of " + objects.size()
                + " response schemas were not seen");

        List<String> findings = new ArrayList<>();
        unseen.forEach(name -> findings.add(name + ": no response of the suite has this schema"));
        for (String name : objects) {
            long seen = counts.getOrDefault(name, 0L);
            Set<String> required = new HashSet<>();
            schemas.path(name).path("required").forEach(r -> required.add(r.asText()));
            schemas.path(name).path("properties").fieldNames().forEachRemaining(property -> {
                if (seen > 0 && counts.getOrDefault(name + '.' + property, 0L) == seen && !required.contains(property)) {
                    findings.add(name + '.' + property + ": present in all " + seen + " responses, not required");
                }
            });
        }
        assertEquals(List.of(), findings);
    }
}
