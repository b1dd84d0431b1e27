package fr.cpts.registry.territory;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.fact.Count;
import fr.cpts.registry.http.SchemaBounds;

/** CPTS coverage of an area. */
@Schema(name = "Coverage", description = "How much of an area the CPTS cover. Population figures rest only on the CPTS "
        + "whose commune list is known: operating CPTS without one count in the CPTS totals and are listed with their "
        + "declared population, apart from the computed coverage. Populations are INSEE 2026 municipal populations; "
        + "units are communes, Paris, Lyon and Marseille counting by municipal district.")
public record Coverage(
        @Schema(description = "The area.") Scope scope,
        @Schema(description = "Vintage of the reference geography.", example = "2026", minimum = SchemaBounds.VINTAGE_MIN, maximum = SchemaBounds.VINTAGE_MAX) int vintage,
        @Schema(description = "The figures for the whole area.") Figures figures,
        @Schema(description = "Operating CPTS (ACI signed) of the area whose commune list is not known, with the "
                + "population they declare.", maxItems = 2000) List<UnmappedCpts> operatingCptsWithoutKnownTerritory,
        @Schema(description = "The same figures per department (for a region) or per region (nationally); population "
                + "and unit figures add up to the area's.", maxItems = 120) List<AreaFigures> breakdown) {

    @Schema(name = "CoverageScope", description = "The area covered: the country, a region or a department.")
    public record Scope(
            @Schema(description = "NATIONAL, REGION or DEPARTMENT.", example = "REGION",
                    enumeration = { "NATIONAL", "REGION", "DEPARTMENT" }) String level,
            @Schema(description = "INSEE code; null for NATIONAL.", nullable = true, example = "27", maxLength = 3) String code,
            @Schema(description = "Name.", example = "Bourgogne-Franche-Comté", maxLength = 100) String name) {
    }

    @Schema(name = "CoverageFigures", description = "Coverage figures of one area.")
    public record Figures(
            @Schema(description = "CPTS the sources place in the area (a CPTS may be in several departments).",
                    minimum = "0", example = "19", maximum = SchemaBounds.UNITS) int cptsTotal,
            @Schema(description = "CPTS by lifecycle stage; status null for CPTS whose stage no source establishes.",
                    maxItems = 6) List<StatusCount> cptsByStatus,
            @Schema(description = "Municipal population of the area.", minimum = "0", example = "2786205", maximum = SchemaBounds.POPULATION) long population,
            @Schema(description = "Units of the area.", minimum = "0", example = "3697", maximum = SchemaBounds.UNITS) int units,
            @Schema(description = "Covered by at least one operating CPTS whose commune list is known.")
            Share coveredByOperatingCpts,
            @Schema(description = "Covered by no operating CPTS whose commune list is known (white zones, as far as the "
                    + "recorded territories tell).") Share notCovered,
            @Schema(description = "Covered by two or more operating CPTS.") Share overlapping) {
    }

    @Schema(name = "StatusCount", description = "Number of CPTS at one lifecycle stage.")
    public record StatusCount(
            @Schema(description = "The stage; null for CPTS whose stage no source establishes.", nullable = true,
                    example = "ACI_SIGNED") LifecycleStage status,
            @Schema(description = "Number of CPTS.", minimum = "0", example = "6", maximum = SchemaBounds.UNITS) int count) {
    }

    @Schema(name = "CoverageShare", description = "A part of an area: its population, units and population share.")
    public record Share(
            @Schema(description = "Municipal population.", minimum = "0", example = "218030", maximum = SchemaBounds.POPULATION) long population,
            @Schema(description = "Units.", minimum = "0", example = "90", maximum = SchemaBounds.UNITS) int units,
            @Schema(description = "Share of the area's population, 0 to 1, 4 decimals.", example = "0.0783")
            BigDecimal populationShare) {
    }

    @Schema(name = "UnmappedCpts", description = "An operating CPTS whose commune list is not known.")
    public record UnmappedCpts(
            @Schema(description = "CPTS id.", example = "cpts_m1j6r9kf168s", maxLength = 32) String id,
            @Schema(description = "CPTS name.", example = "CPTS Avenir Santé", maxLength = 200) String name,
            @Schema(description = "The population it declares, with its precision; null when none is declared.",
                    nullable = true) Count declaredPopulation) {
    }

    @Schema(name = "AreaFigures", description = "Coverage figures of one department or region.")
    public record AreaFigures(
            @Schema(description = "The department or region.") AreaRef area,
            @Schema(description = "Its figures.") Figures figures) {
    }
}
