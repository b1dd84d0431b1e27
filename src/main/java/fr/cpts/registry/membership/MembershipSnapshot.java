package fr.cpts.registry.membership;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.fact.Basis;
import fr.cpts.registry.fact.Count;
import fr.cpts.registry.source.SourceRef;
import fr.cpts.registry.source.SourceService;

import jakarta.validation.constraints.Size;

/** A dated membership count, as served. */
@Schema(name = "MembershipSnapshot", description = "The membership of a CPTS at a date, as a source reports it.")
public record MembershipSnapshot(
        @Schema(description = "Opaque snapshot id.", example = "mem_r5g7tqb7artp", maxLength = 32) String id,
        @Schema(description = "Date the count holds at, as the source dates it, or the publication date of a source "
                + "that reports the count in the present (asOfBasis says which).", example = "2024-04-19") LocalDate asOf,
        @Schema(description = "How asOf is known: STATED, or DERIVED from the source's publication date.")
        Basis asOfBasis,
        @Schema(description = "Number of members, with its precision (\"quelque 57\" is ABOUT 57).") Count members,
        @Schema(description = "What the count counts, in the source's words.", example = "professionnels de santé",
                maxLength = 200) String counted,
        @Schema(description = "Professions among the members, as listed by the source.", maxItems = 100,
                example = "[\"médecins généralistes\", \"infirmiers\", \"pharmaciens\"]") List<@Size(max = 200) String> professions,
        @Schema(description = "True when the source gives the professions as a closed list; false when it ends with "
                + "\"...\" or gives examples.", example = "false") boolean professionsComplete,
        @Schema(description = "Number of member establishments, when the source gives one.", nullable = true) Count establishments,
        @Schema(description = "Member organisations the source names (establishments, services, institutions).",
                maxItems = 100) List<@Size(max = 300) String> memberOrganisations,
        @Schema(description = "The source.") SourceRef source,
        @Schema(description = "The source's own words.", nullable = true, maxLength = 2000) String quote) {

    public static MembershipSnapshot of(MembershipSnapshotEntity snapshot) {
        return new MembershipSnapshot(snapshot.id, snapshot.asOf, Basis.of(snapshot.asOfBasis, snapshot.asOfBasisReason),
                new Count(snapshot.memberCount, snapshot.memberCountPrecision), snapshot.counted,
                List.copyOf(snapshot.professions), snapshot.professionsComplete,
                Count.of(snapshot.establishmentCount, snapshot.establishmentCountPrecision),
                List.copyOf(snapshot.memberOrganisations), SourceService.ref(snapshot.source), snapshot.quote);
    }
}
