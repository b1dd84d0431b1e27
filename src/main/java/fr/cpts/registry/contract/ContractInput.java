package fr.cpts.registry.contract;

import fr.cpts.registry.fact.BasisInput;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.fact.DatePrecision;
import fr.cpts.registry.fact.PartialDates;
import fr.cpts.registry.source.SourceIds;

@Schema(name = "ContractInput", description = "The ACI contract of a CPTS as a source reports it.")
public record ContractInput(
        @Schema(description = "Signature date: YYYY-MM-DD, YYYY-MM or YYYY as signedOnPrecision says; from 2016, not in "
                + "the future.", example = "2024-04-19", pattern = PartialDates.PATTERN) @NotNull @Size(max = 10) String signedOn,
        @Schema(description = "Precision of signedOn.", example = "DAY") @NotNull DatePrecision signedOnPrecision,
        @Schema(description = "Place of signature.", nullable = true, example = "Héricourt", maxLength = 200)
        @Size(max = 200) String signedPlace,
        @Schema(description = "Signatories, in the source's order.", maxItems = 20)
        @NotNull @Size(max = 20) List<@NotNull @Valid Signatory> signatories,
        @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
        @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId,
        @Schema(description = "The source's words.", nullable = true, maxLength = 2000) @Size(max = 2000) String quote,
        @Schema(description = "What the source leaves unsaid.", nullable = true, maxLength = 1000) @Size(max = 1000) String note,
        @Schema(description = "How the signature is known, when the source does not report it as such (INFERRED, with "
                + "the reasoning: an official launch read as the signature); absent: STATED.", nullable = true)
        @Valid BasisInput basis) {

    @Schema(name = "SignatoryInput", description = "A party signing the contract.")
    public record Signatory(
            @Schema(description = "Kind.", example = "CPAM") @NotNull SignatoryKind kind,
            @Schema(description = "Name.", example = "CPAM de Haute-Saône", maxLength = 200) @NotBlank @Size(max = 200) String name) {
    }
}
