package fr.cpts.registry.cpts;

import jakarta.validation.Valid;

import fr.cpts.registry.fact.BasisInput;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.fact.DatePrecision;
import fr.cpts.registry.fact.PartialDates;
import fr.cpts.registry.source.SourceIds;

@Schema(name = "LifecycleStageInput", description = "A lifecycle stage the CPTS reached, dated as its source dates it.")
public record LifecycleInput(
        @Schema(description = "The stage: a later one than the current stage, or DISSOLVED.", example = "ACI_SIGNED")
        @NotNull LifecycleStage stage,
        @Schema(description = "YYYY-MM-DD, YYYY-MM or YYYY as datePrecision says; from 2016, not before the stages "
                + "already recorded, not in the future.", example = "2024-04-19", pattern = PartialDates.PATTERN)
        @NotNull @Size(max = 10) String date,
        @Schema(description = "Precision of date.", example = "DAY") @NotNull DatePrecision datePrecision,
        @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
        @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId,
        @Schema(description = "The source's words.", nullable = true, maxLength = 2000) @Size(max = 2000) String quote,
        @Schema(description = "How the stage is known, when the source does not report it as such (INFERRED, with the "
                + "reasoning); absent: STATED.", nullable = true) @Valid BasisInput basis) {
}
