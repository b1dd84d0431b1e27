package fr.cpts.registry.territory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.cpts.registry.http.SchemaBounds;

/** A commune in a list. */
@Schema(name = "CommuneSummary", description = "A commune (INSEE 2026) with the CPTS whose recorded territory covers it.")
public record CommuneSummary(
        @Schema(description = "INSEE code.", example = "25056", pattern = "^(\\d{5}|2[AB]\\d{3})$", maxLength = 5) String code,
        @Schema(description = "Name.", example = "Besançon", maxLength = 100) String name,
        @Schema(description = "Kind.", example = "COMMUNE") CommuneKind kind,
        @Schema(description = "Department.") AreaRef department,
        @Schema(description = "Region.") AreaRef region,
        @Schema(description = "Municipal population (INSEE 2026); null for uninhabited territories.", nullable = true,
                example = "118489", minimum = "0", maximum = SchemaBounds.POPULATION) Integer population,
        @Schema(description = "Postal codes.", maxItems = 50, example = "[\"25000\"]") List<@Pattern(regexp = "\\d{5}") @Size(max = 5) String> postalCodes,
        @Schema(description = "CPTS whose recorded commune list covers it; empty when none does (a CPTS whose list is "
                + "not known may still cover it).", maxItems = 20) List<CoveringCpts> cpts) {
}
