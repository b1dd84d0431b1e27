package fr.cpts.registry.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** One field of a representation changed by a write, with its value before and after. */
@Schema(name = "FieldChange", description = "A top-level field of the resource's representation changed by a write.")
public record FieldChange(
        @Schema(description = "The field.", example = "declaredPopulation", maxLength = 100) String field,
        @Schema(ref = "AnyValue", description = "Its value before (null when it had none or the resource was created).")
        @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode before,
        @Schema(ref = "AnyValue", description = "Its value after (null when it was removed).")
        @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode after) {
}
