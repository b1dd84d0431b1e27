package fr.cpts.registry.mission;

import fr.cpts.registry.fact.Basis;

import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.source.SourceRef;
import fr.cpts.registry.source.SourceService;

import jakarta.validation.constraints.Size;

/** A mission a CPTS carries, as served. */
@Schema(name = "CptsMission", description = "A mission the CPTS carries, with the actions and themes it declares.")
public record CptsMission(
        @Schema(description = "The mission.") Mission mission,
        @Schema(description = "Declared actions and themes, in French, as the source words them; empty when the source "
                + "announces the mission without detail.", maxItems = 50) List<@Size(max = 500) String> actions,
        @Schema(description = "Context the source gives.", nullable = true, maxLength = 1000) String note,
        @Schema(description = "The source.") SourceRef source,
        @Schema(description = "The source's own words.", nullable = true, maxLength = 2000) String quote,
        @Schema(description = "How the mission is known: STATED, or INFERRED from what the source reports.") Basis basis) {

    /** The missions a CPTS carries, in catalog order. */
    public static List<CptsMission> of(List<CarriedMission> carried) {
        return carried.stream()
                .sorted(Comparator.comparingInt(m -> m.mission.position))
                .map(m -> new CptsMission(Mission.of(m.mission), List.copyOf(m.actions), m.note,
                        SourceService.ref(m.source), m.quote, m.basis.toBasis()))
                .toList();
    }
}
