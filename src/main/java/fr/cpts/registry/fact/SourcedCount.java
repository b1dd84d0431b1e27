package fr.cpts.registry.fact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.source.SourceRef;

/** A declared number with its precision and source. */
@Schema(name = "SourcedCount", description = "A number as a source declares it, with its precision and the source.")
public record SourcedCount(
        @Schema(description = "The number as stated.", example = "21000", minimum = "0", maximum = "100000000") int value,
        @Schema(description = "How the source states it (\"plus de 21 000\" is AT_LEAST 21000).", example = "AT_LEAST") Precision precision,
        @Schema(description = "The source stating it.") SourceRef source) {
}
