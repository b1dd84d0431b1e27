package fr.cpts.registry.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.cpts.registry.persistence.Refusal;

/**
 * The conformance resources this server serves as they are written in src/main/resources/fhir: its
 * CapabilityStatement and the StructureDefinitions of its extensions, their canonical URLs under the configured base
 * ({@code {{base}}} in the files).
 */
@ApplicationScoped
public class Conformance {

    /** The extensions defined by this server, each served at {base}/StructureDefinition/{id}. */
    public static final List<String> EXTENSIONS = List.of("cpts-status", "cpts-lifecycle-stage", "cpts-launch",
            "cpts-territory", "aci-contract", "cpts-membership", "mission-fact", "approximate");

    @Inject
    ObjectMapper mapper;

    @Inject
    FhirViews views;

    private final Map<String, ObjectNode> loaded = new ConcurrentHashMap<>();

    public ObjectNode capabilityStatement() {
        return load("CapabilityStatement.json").deepCopy();
    }

    public ObjectNode structureDefinition(String id) {
        if (!EXTENSIONS.contains(id)) {
            throw Refusal.notFound("StructureDefinition", id);
        }
        return load("StructureDefinition-" + id + ".json").deepCopy();
    }

    private ObjectNode load(String file) {
        return loaded.computeIfAbsent(file, f -> {
            try (InputStream in = Conformance.class.getResourceAsStream("/fhir/" + f)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", views.base());
                return (ObjectNode) mapper.readTree(text);
            } catch (IOException e) {
                throw new IllegalStateException("Missing conformance resource " + f, e);
            }
        });
    }
}
