package fr.cpts.registry.cpts;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(description = "Region.", nullable = true) AreaRef region,
        @Schema(description = "Departments the sources place it in; empty when they do not say.", maxItems = 10)
        List<AreaRef> departments,
        @Schema(description = "ACI signature date at the source's precision (YYYY-MM-DD, YYYY-MM or YYYY); null when "
                + "no contract is recorded.", nullable = true, example = "2024-04-19", pattern = PartialDates.PATTERN, maxLength = 10)
        String aciSignedOn,
        @Schema(description = "Population the CPTS declares covering, with its precision.", nullable = true)
        Count declaredPopulation,
        @Schema(description = "Population computed from the recorded commune list (INSEE 2026 municipal population); "
                + "null when the list is not known.", nullable = true, example = "20969", minimum = "0", maximum = SchemaBounds.POPULATION)
        Integer computedPopulation,
        @Schema(description = "ACI size category (1 < 40,000 ≤ 2 < 80,000 ≤ 3 < 175,000 ≤ 4 inhabitants), from the "
                + "computed population when the commune list is known, else from the declared one as stated; null when "
                + "neither is known.", nullable = true, example = "1", minimum = "1", maximum = "4") Integer sizeCategory,
        @Schema(description = "Codes of the missions carried, in catalog order.", maxItems = 6,
                example = "[\"ACCESS_TO_CARE\", \"CARE_PATHWAYS\", \"PREVENTION\"]") List<@Size(max = 40) String> missions,
        @Schema(description = "Latest membership count; null when no source gives one.", nullable = true)
        DatedCount members) {
}
