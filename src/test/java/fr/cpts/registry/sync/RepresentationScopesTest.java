package fr.cpts.registry.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a write touches, and what a representation depends on: the response cache drops no more and no less. */
class RepresentationScopesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAPPED = "{\"status\": \"ACI_SIGNED\", \"territory\": {\"communeListKnown\": true}, "
            + "\"name\": \"A\", \"legalForm\": null, \"declaredPopulation\": 1, \"departments\": []}";
    private static final String UNMAPPED = MAPPED.replace("true", "false");

    @Test
    void aWriteTouchesTheCollectionsShowingWhatItChanged() throws Exception {
        assertEquals(Set.of("cpts:c1", "writes"), touched(MAPPED, "legalForm", "\"ASSOCIATION\""));
        assertEquals(Set.of("cpts:c1", "writes", "lists"), touched(MAPPED, "declaredPopulation", "2"));
        // Coverage lists operating CPTS without a commune list with their declared population.
        assertEquals(Set.of("cpts:c1", "writes", "lists", "coverage"), touched(UNMAPPED, "declaredPopulation", "2"));
        assertEquals(Set.of("cpts:c1", "writes", "lists", "communes"), touched(MAPPED, "name", "\"B\""));
        assertEquals(Set.of("cpts:c1", "writes", "lists", "coverage", "communes"),
                touched(MAPPED, "status", "\"DISSOLVED\""));
        assertEquals(Set.of("cpts:c1", "writes", "lists", "coverage", "communes"),
                RepresentationScopes.touchedBy(ResourceType.CPTS, "c1", java.util.List.of(), null, JSON.readTree(MAPPED)));
        assertEquals(Set.of("sources"), RepresentationScopes.touchedBy(ResourceType.SOURCE, "s1", java.util.List.of(),
                null, JSON.readTree("{}")));
    }

    @Test
    void aRepresentationDependsOnWhatItShows() {
        RepresentationScopes scopes = new RepresentationScopes();
        assertEquals(Set.of("cpts:c1"), scopes.of("/v1/cpts/c1", null));
        assertEquals(Set.of("cpts:c1"), scopes.of("/v1/cpts/c1/contract", null));
        assertEquals(Set.of("cpts:c1", "communes"), scopes.of("/v1/cpts/c1/territory", null));
        assertEquals(Set.of("lists"), scopes.of("/v1/cpts", "region=27&limit=5"));
        assertEquals(Set.of("lists", "writes"), scopes.of("/v1/cpts", "updatedSince=2026"));
        assertEquals(Set.of("coverage"), scopes.of("/v1/coverage", "region=27"));
        assertEquals(Set.of("communes"), scopes.of("/v1/communes/25056", null));
        assertEquals(Set.of("sources"), scopes.of("/v1/reported-figures", null));
        assertEquals(Set.of(), scopes.of("/v1/regions/27", null));
    }

    private static Set<String> touched(String before, String field, String value) throws Exception {
        JsonNode old = JSON.readTree(before);
        JsonNode now = ((com.fasterxml.jackson.databind.node.ObjectNode) old.deepCopy()).set(field, JSON.readTree(value));
        return RepresentationScopes.touchedBy(ResourceType.CPTS, "c1", ChangeLog.diff(old, now), old, now);
    }
}
