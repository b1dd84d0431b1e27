package fr.cpts.registry.cpts;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.contract.Contract;
import fr.cpts.registry.fact.BasisKind;
import fr.cpts.registry.fact.SourcedCount;
import fr.cpts.registry.membership.MembershipSnapshot;
import fr.cpts.registry.fact.Count;
import fr.cpts.registry.fact.DatedCount;
import fr.cpts.registry.fact.PartialDates;
import fr.cpts.registry.territory.AreaRef;
import fr.cpts.registry.http.SchemaBounds;

import jakarta.validation.constraints.Size;

/** A CPTS in a list. */
@Schema(name = "CptsSummary", description = "A CPTS as listed: its main flat facts. GET /v1/cpts/{id} gives all of them "
        + "with their sources.")
public record CptsSummary(
        @Schema(description = "Opaque, stable id (never reused).", example = "cpts_fqgmb7d998ve", maxLength = 32) String id,
        @Schema(description = "Name.", example = "CPTS du Pays d'Héricourt", maxLength = 200) String name,
        @Schema(description = "Latest lifecycle stage the sources establish; null when no source establishes one.",
                nullable = true, example = "ACI_SIGNED") LifecycleStage status,
        @Schema(description = "How status is known: DERIVED from the latest lifecycle stage, INFERRED when that stage "
                + "is (GET /v1/cpts/{id} gives the reasoning); null with status.", nullable = true, example = "INFERRED")
        BasisKind statusBasis,
        @Schema(description = "Region.", nullable = true) AreaRef region,
        @Schema(description = "Departments it is in: those the sources place it in, then those of its recorded communes "
                + "(DERIVED); empty when nothing says.", maxItems = 20) List<CptsDepartment> departments,
        @Schema(description = "ACI signature date at the source's precision (YYYY-MM-DD, YYYY-MM or YYYY); null when "
                + "no contract is recorded.", nullable = true, example = "2024-04-19", pattern = PartialDates.PATTERN, maxLength = 10)
        String aciSignedOn,
        @Schema(description = "How the signature is known: STATED, or INFERRED from what the source reports; null "
                + "without a contract.", nullable = true, example = "STATED") BasisKind aciSignedOnBasis,
        @Schema(description = "Population the CPTS declares covering, with its precision.", nullable = true)
        Count declaredPopulation,
        @Schema(description = "Population computed from the recorded commune list (INSEE 2026 municipal population); "
                + "null when the list is not known.", nullable = true, example = "20969", minimum = "0", maximum = SchemaBounds.POPULATION)
        Integer computedPopulation,
        @Schema(description = "ACI size category (1 < 40,000 ≤ 2 < 80,000 ≤ 3 < 175,000 ≤ 4 inhabitants), from the "
                + "computed population when the commune list is known, else from the declared one as stated; null when "
                + "neither is known.", nullable = true, example = "1", minimum = "1", maximum = "4") Integer sizeCategory,
        @Schema(description = SIZE_CATEGORY_BASIS, nullable = true,
                enumeration = { "COMPUTED_POPULATION", "DECLARED_POPULATION" }, example = "COMPUTED_POPULATION")
        String sizeCategoryBasis,
        @Schema(description = "Codes of the missions carried, in catalog order.", maxItems = 6,
                example = "[\"ACCESS_TO_CARE\", \"CARE_PATHWAYS\", \"PREVENTION\"]") List<@Size(max = 40) String> missions,
        @Schema(description = "Those of missions the sources do not name as such, read from what they report "
                + "(INFERRED; GET /v1/cpts/{id}/missions gives the reasoning); usually empty.", maxItems = 6,
                example = "[]") List<@Size(max = 40) String> inferredMissions,
        @Schema(description = "Latest membership count; null when no source gives one.", nullable = true)
        DatedCount members) {

    /** How the size category is computed (the detail's field of the same name). */
    static final String SIZE_CATEGORY_BASIS = "What sizeCategory is derived from, by the ACI thresholds: "
            + "COMPUTED_POPULATION (the recorded commune list), or DECLARED_POPULATION as stated (a lower bound or an "
            + "approximation when its precision is AT_LEAST or ABOUT).";

    /** The summary of a CPTS: what its detail says, in brief. */
    static CptsSummary of(CptsDetail detail) {
        Contract contract = detail.contract();
        SourcedCount population = detail.declaredPopulation();
        MembershipSnapshot members = detail.currentMembership();
        return new CptsSummary(detail.id(), detail.name(), detail.status(),
                detail.statusBasis() == null ? null : detail.statusBasis().kind(), detail.region(), detail.departments(),
                contract == null ? null : contract.signedOn(), contract == null ? null : contract.basis().kind(),
                population == null ? null : new Count(population.value(), population.precision()),
                detail.territory().computedPopulation(), detail.sizeCategory(), detail.sizeCategoryBasis(),
                detail.missions().stream().map(m -> m.mission().code()).toList(),
                detail.missions().stream().filter(m -> m.basis().kind() == BasisKind.INFERRED)
                        .map(m -> m.mission().code()).toList(),
                members == null ? null : new DatedCount(members.members().value(), members.members().precision(),
                        members.asOf(), members.asOfBasis().kind()));
    }
}
