package fr.cpts.registry.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import fr.cpts.registry.fhir.Fhir;
import fr.cpts.registry.http.CacheScopes;

/**
 * Which representations a write changes, so that the response cache drops those and keeps the rest. A CPTS's own
 * representations (its detail, contract, missions, membership, history) are in the scope of its id; the collections
 * that show some of its facts are in scopes named after them, touched when a write changes one of those facts (the
 * fields its history records as changed):
 * <ul>
 * <li>{@code lists}: CPTS lists and searches (the facts of CptsSummary);</li>
 * <li>{@code coverage}: coverage (status, territory, departments, region; the name and declared population only of
 * operating CPTS whose commune list is unknown, which coverage lists);</li>
 * <li>{@code communes}: commune lookups and CPTS territories (the covering CPTS: name, status, territory);</li>
 * <li>{@code writes}: lists filtered by updatedSince, which any write changes;</li>
 * <li>{@code sources}: source documents, and the reported figures that show them.</li>
 * </ul>
 * Regions, departments and missions change only with a migration, which touches everything.
 */
@ApplicationScoped
public class RepresentationScopes implements CacheScopes {

    static final String LISTS = "lists";
    static final String COVERAGE = "coverage";
    static final String COMMUNES = "communes";
    static final String WRITES = "writes";
    static final String SOURCES = "sources";

    /** The CptsDetail fields each collection shows. */
    private static final Map<String, List<String>> SHOWN_IN = Map.of(
            LISTS, List.of("name", "status", "statusBasis", "region", "departments", "contract", "declaredPopulation",
                    "territory", "sizeCategory", "sizeCategoryBasis", "missions", "currentMembership"),
            COVERAGE, List.of("status", "region", "departments", "territory"),
            COMMUNES, List.of("name", "status", "territory"));
    /** What coverage shows of the operating CPTS whose commune list is unknown, and only of those. */
    private static final List<String> SHOWN_IF_UNMAPPED = List.of("name", "declaredPopulation");

    @Override
    public Set<String> of(String path, String query) {
        String[] segments = path.split("/");
        if (path.startsWith("/fhir/")) {
            return fhir(segments);
        }
        // "", "v1", collection, id, part
        String collection = segments.length > 2 ? segments[2] : "";
        return switch (collection) {
            case "cpts" -> segments.length > 3 ? cptsOwn(segments[3], segments.length > 4 ? segments[4] : null)
                    : query != null && query.contains("updatedSince=") ? Set.of(LISTS, WRITES) : Set.of(LISTS);
            case "coverage" -> Set.of(COVERAGE);
            case "communes" -> Set.of(COMMUNES);
            // Reported figures show their sources.
            case "sources", "reported-figures" -> Set.of(SOURCES);
            // Reference data: regions, departments, missions.
            default -> Set.of();
        };
    }

    /**
     * The FHIR view ("", "fhir", "r4", type, id): a read shows one CPTS in full, a search any CPTS in full (the scope
     * every CPTS write touches), both with the titles of their sources; a DocumentReference is a source.
     */
    private static Set<String> fhir(String[] segments) {
        String type = segments.length > 3 ? segments[3] : "";
        return switch (type) {
            case "Organization", "HealthcareService" -> segments.length > 4
                    ? Set.of(scopeOf(Fhir.registryId(segments[4].split("\\.")[0])), SOURCES)
                    : Set.of(WRITES, SOURCES);
            case "DocumentReference" -> Set.of(SOURCES);
            // The CapabilityStatement, the CodeSystem of the missions and the StructureDefinitions.
            default -> Set.of();
        };
    }

    private static Set<String> cptsOwn(String id, String part) {
        // A territory shows its overlaps with other CPTS' territories.
        return "territory".equals(part) ? Set.of(scopeOf(id), COMMUNES) : Set.of(scopeOf(id));
    }

    /**
     * The scopes a committed write touches: the resource's own, and the collections showing a field it changed.
     * {@code before} and {@code after} are the representations (null before a creation, after a deletion).
     */
    static Set<String> touchedBy(ResourceType type, String id, List<FieldChange> changes, JsonNode before,
            JsonNode after) {
        if (type == ResourceType.SOURCE) {
            return Set.of(SOURCES);
        }
        boolean createdOrDeleted = before == null || after == null;
        Set<String> touched = new HashSet<>(Set.of(scopeOf(id), WRITES));
        SHOWN_IN.forEach((collection, fields) -> {
            if (createdOrDeleted || changes.stream().anyMatch(change -> fields.contains(change.field()))) {
                touched.add(collection);
            }
        });
        if ((operatingWithoutCommunes(before) || operatingWithoutCommunes(after))
                && changes.stream().anyMatch(change -> SHOWN_IF_UNMAPPED.contains(change.field()))) {
            touched.add(COVERAGE);
        }
        return touched;
    }

    private static boolean operatingWithoutCommunes(JsonNode cpts) {
        return cpts != null && "ACI_SIGNED".equals(cpts.path("status").asText())
                && !cpts.path("territory").path("communeListKnown").asBoolean();
    }

    static String scopeOf(String cptsId) {
        return "cpts:" + cptsId;
    }
}
