package fr.cpts.registry.territory;

import fr.cpts.registry.fact.BasisKind;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.source.SourceIds;

@Schema(name = "TerritoryInput", description = "The communes of a CPTS and how the list was established: either "
        + "'communes' (INSEE codes of communes or municipal districts), or an 'epci' whose member communes form it "
        + "(communes, when also given, win; the EPCI is then only recorded).")
public record TerritoryInput(
        @Schema(description = "How the list was established.", maxLength = 2000,
                example = "The communes of the CC du Pays d'Héricourt: the source gives 23 communes...")
        @NotBlank @Size(max = 2000) String basis,
        @Schema(description = "STATED (the default) when the source lists the communes; INFERRED when the list is read "
                + "from what it says, the basis giving the reading.", nullable = true, example = "INFERRED")
        BasisKind basisKind,
        @Schema(description = "SIREN code of the EPCI whose communes form the territory.", nullable = true,
                example = "247000722", pattern = "^\\d{9}$", maxLength = 9)
        @Pattern(regexp = "\\d{9}", message = "must be a 9-digit EPCI code") String epci,
        @Schema(description = "INSEE codes of the communes or municipal districts.", maxItems = 2000,
                example = "[\"70285\", \"70010\"]")
        @Size(max = 2000) List<@NotNull @Size(max = 5) @Pattern(regexp = "\\d{5}|2[AB]\\d{3}",
                message = "must be an INSEE commune code") String> communes,
        @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
        @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId,
        @Schema(description = "The source's words.", nullable = true, maxLength = 2000) @Size(max = 2000) String quote) {
}
