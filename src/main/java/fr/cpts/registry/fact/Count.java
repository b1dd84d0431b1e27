package fr.cpts.registry.fact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number with the precision its source gives. */
@Schema(name = "Count", description = "A number with the precision its source states it with.")
public record Count(
        @Schema(description = "The number as stated.", example = "57", minimum = "0", maximum = "100000000") int value,
        @Schema(description = "How the source states it.", example = "ABOUT") Precision precision) {

    public static Count of(Integer value, Precision precision) {
        return value == null ? null : new Count(value, precision);
    }
}
