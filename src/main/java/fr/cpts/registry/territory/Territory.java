package fr.cpts.registry.territory;

import fr.cpts.registry.fact.BasisKind;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.fact.SourcedCount;
import fr.cpts.registry.source.SourceRef;
import fr.cpts.registry.http.SchemaBounds;

import jakarta.validation.constraints.Size;

/** The territory of a CPTS: its communes where known, computed figures beside the declared ones, overlaps. */
@Schema(name = "Territory", description = "The territory of a CPTS. Where the sources make its commune list certain: "
        + "the communes, how the list was established, the population and commune count computed from the reference "
        + "geography, side by side with the declared figures, and overlaps with other CPTS. Otherwise only the "
        + "declared figures: a commune list is never guessed.")
public record Territory(
        @Schema(description = "CPTS id.", example = "cpts_18nn34zvb449", maxLength = 32) String cptsId,
        @Schema(description = "Whether the commune list is known.", example = "true") boolean communeListKnown,
        @Schema(description = "How the commune list was established; null when it is not known.", nullable = true) Basis basis,
        @Schema(description = "Vintage of the reference geography the computed figures use.", nullable = true,
                example = "2026", minimum = SchemaBounds.VINTAGE_MIN, maximum = SchemaBounds.VINTAGE_MAX) Integer vintage,
        @Schema(description = "Figures computed from the commune list; null when it is not known.", nullable = true)
        Computed computed,
        @Schema(description = "Population the CPTS declares covering.", nullable = true) SourcedCount declaredPopulation,
        @Schema(description = "Number of communes it declares covering.", nullable = true) SourcedCount declaredCommuneCount,
        @Schema(description = "Computed against declared population; null unless both are known.", nullable = true)
        Comparison populationComparison,
        @Schema(description = "Computed against declared commune count; null unless both are known.", nullable = true)
        Comparison communeCountComparison,
        @Schema(description = "Communes by department.", maxItems = 20) List<DepartmentPart> departments,
        @Schema(description = "Other CPTS whose recorded territory shares units (communes, or districts of Paris, Lyon "
                + "and Marseille) with this one.", maxItems = 50) List<Overlap> overlaps,
        @Schema(description = "The communes, by code.", maxItems = 2000) List<Commune.CommuneRef> communes) {

    /** Declared and computed figures differing by more than this share of the declared one are flagged. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    @Schema(name = "TerritoryBasis", description = "How a commune list was established.")
    public record Basis(
            @Schema(description = "STATED when the source lists the communes; INFERRED when the list is read from what "
                    + "it says (e.g. the communes of an EPCI it points to), the description giving the reading.",
                    example = "INFERRED") BasisKind kind,
            @Schema(description = "Explanation.", maxLength = 2000,
                    example = "The communes of the CU Grand Besançon Métropole (EPCI 242500361)...") String description,
            @Schema(description = "The EPCI whose communes form the territory, if that is the basis.", nullable = true)
            Commune.EpciRef epci,
            @Schema(description = "The source the list rests on.", nullable = true) SourceRef source,
            @Schema(description = "The source's own words.", nullable = true, maxLength = 2000) String quote) {
    }

    @Schema(name = "TerritoryComputed", description = "Figures computed from the commune list and the reference geography.")
    public record Computed(
            @Schema(description = "Sum of the communes' municipal population.", example = "197061", minimum = "0", maximum = SchemaBounds.POPULATION) int population,
            @Schema(description = "Number of communes (or municipal districts) listed.", example = "67", minimum = "0", maximum = SchemaBounds.UNITS)
            int communeCount,
            @Schema(description = "ACI size category from the computed population.", example = "4", minimum = "1",
                    maximum = "4") int sizeCategory) {
    }

    @Schema(name = "FigureComparison", description = "A computed figure against the declared one.")
    public record Comparison(
            @Schema(description = "(computed - declared) / declared, rounded to 4 decimals.", example = "-0.0147")
            BigDecimal relativeDifference,
            @Schema(description = "True when they differ by more than 10 % of the declared figure.", example = "false")
            boolean exceedsTolerance) {
    }

    @Schema(name = "DepartmentPart", description = "The part of a territory in one department.")
    public record DepartmentPart(
            @Schema(description = "Department code.", example = "25", maxLength = 3) String code,
            @Schema(description = "Department name.", example = "Doubs", maxLength = 100) String name,
            @Schema(description = "Communes listed in it.", example = "67", minimum = "0", maximum = SchemaBounds.UNITS) int communeCount,
            @Schema(description = "Their municipal population.", example = "197061", minimum = "0", maximum = SchemaBounds.POPULATION) int population) {
    }

    @Schema(name = "Overlap", description = "Another CPTS sharing part of this territory.")
    public record Overlap(
            @Schema(description = "CPTS id.", example = "cpts_m1j6r9kf168s", maxLength = 32) String id,
            @Schema(description = "CPTS name.", example = "CPTS Avenir Santé", maxLength = 200) String name,
            @Schema(description = "Its lifecycle stage.", nullable = true, example = "ACI_SIGNED") LifecycleStage status,
            @Schema(description = "True when both CPTS are operating (ACI signed): the overlap concerns two contracts.",
                    example = "true") boolean bothOperating,
            @Schema(description = "Codes of the shared communes or districts.", maxItems = 2000) List<@Size(max = 5) String> communes) {
    }
}
