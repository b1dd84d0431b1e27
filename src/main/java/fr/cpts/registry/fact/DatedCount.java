package fr.cpts.registry.fact;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number with its precision and the date it holds at. */
@Schema(name = "DatedCount", description = "A number with its precision and the date it holds at.")
public record DatedCount(
        @Schema(description = "The number as stated.", example = "57", minimum = "0", maximum = "100000000") int value,
        @Schema(description = "How the source states it.", example = "ABOUT") Precision precision,
        @Schema(description = "Date the number holds at.", example = "2024-04-19") LocalDate asOf,
        @Schema(description = "How asOf is known: STATED, or DERIVED from the source's publication date.",
                example = "DERIVED") BasisKind asOfBasis) {
}
