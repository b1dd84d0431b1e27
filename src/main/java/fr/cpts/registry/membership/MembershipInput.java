package fr.cpts.registry.membership;

import fr.cpts.registry.fact.BasisInput;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.source.SourceIds;

@Schema(name = "MembershipInput", description = "A dated membership count, as a source reports it.")
public record MembershipInput(
        @Schema(description = "Date the count holds at (from 2016, not in the future).", example = "2025-01-15")
        @NotNull LocalDate asOf,
        @Schema(description = "How asOf is known, when the source does not date the count itself (DERIVED: its "
                + "publication date, with that rule); absent: STATED.", nullable = true) @Valid BasisInput asOfBasis,
        @Schema(description = "Number of members with its precision.") @NotNull @Valid Count members,
        @Schema(description = "What is counted, in the source's words.", example = "adhérents", maxLength = 200)
        @NotBlank @Size(max = 200) String counted,
        @Schema(description = "Professions among the members.", maxItems = 100)
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> professions,
        @Schema(description = "Whether the professions are a closed list.", defaultValue = "false") Boolean professionsComplete,
        @Schema(description = "Number of member establishments.", nullable = true) @Valid Count establishments,
        @Schema(description = "Member organisations named.", maxItems = 100)
        @Size(max = 100) List<@NotBlank @Size(max = 300) String> memberOrganisations,
        @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
        @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId,
        @Schema(description = "The source's words.", nullable = true, maxLength = 2000) @Size(max = 2000) String quote) {

    @Schema(name = "CountInput", description = "A number with its precision.")
    public record Count(
            @Schema(description = "The number as stated.", example = "64", minimum = "0", maximum = "1000000")
            @NotNull @Min(0) @Max(1_000_000) Integer value,
            @Schema(description = "How the source states it.", example = "EXACT") @NotNull Precision precision) {
    }
}
