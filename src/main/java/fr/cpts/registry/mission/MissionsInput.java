package fr.cpts.registry.mission;

import fr.cpts.registry.fact.BasisInput;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.source.SourceIds;

@Schema(name = "CptsMissionsInput", description = "Every mission the CPTS carries (replaces the current list).")
public record MissionsInput(
        @Schema(description = "The missions, each at most once.", maxItems = 6)
        @NotNull @Size(max = 6) List<@NotNull @Valid Item> items) {

    @Schema(name = "CptsMissionInput", description = "A mission carried, with its declared actions.")
    public record Item(
            @Schema(description = "Mission code (see /v1/missions).", example = "PREVENTION", maxLength = 40)
            @NotNull @Size(max = 40) String mission,
            @Schema(description = "Declared actions and themes, in the source's words.", maxItems = 50)
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> actions,
            @Schema(description = "Context.", nullable = true, maxLength = 1000) @Size(max = 1000) String note,
            @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
            @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId,
            @Schema(description = "The source's words.", nullable = true, maxLength = 2000) @Size(max = 2000) String quote,
            @Schema(description = "How the mission is known, when the source does not name it as such (INFERRED, with "
                    + "the reasoning); absent: STATED.", nullable = true) @Valid BasisInput basis) {
    }
}
