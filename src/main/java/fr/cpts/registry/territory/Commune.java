package fr.cpts.registry.territory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.cpts.registry.http.SchemaBounds;

/** A commune with its parent, districts, former communes, EPCI and covering CPTS. */
@Schema(name = "Commune", description = "A commune (INSEE 2026) and the CPTS whose recorded territory covers it.")
public record Commune(
        @Schema(description = "INSEE code.", example = "25056", pattern = "^(\\d{5}|2[AB]\\d{3})$", maxLength = 5) String code,
        @Schema(description = "Name.", example = "Besançon", maxLength = 100) String name,
        @Schema(description = "Kind.", example = "COMMUNE") CommuneKind kind,
        @Schema(description = "For a municipal district, its commune.", nullable = true) CommuneRef parent,
        @Schema(description = "For Paris, Lyon and Marseille, their municipal districts.", maxItems = 50)
        List<CommuneRef> districts,
        @Schema(description = "Former communes merged into it (communes déléguées or associées).", maxItems = 100)
        List<FormerCommune> formerCommunes,
        @Schema(description = "Department.") AreaRef department,
        @Schema(description = "Region.") AreaRef region,
        @Schema(description = "Municipal population (INSEE 2026); null for uninhabited territories.", nullable = true,
                example = "118489", minimum = "0", maximum = SchemaBounds.POPULATION) Integer population,
        @Schema(description = "Postal codes.", maxItems = 50, example = "[\"25000\"]") List<@Pattern(regexp = "\\d{5}") @Size(max = 5) String> postalCodes,
        @Schema(description = "The EPCI it belongs to, if any.", nullable = true) EpciRef epci,
        @Schema(description = "CPTS whose recorded commune list covers it; empty when none does (a CPTS whose list is "
                + "not known may still cover it).", maxItems = 20) List<CoveringCpts> cpts,
        @Schema(description = "Vintage of the reference geography.", example = "2026", minimum = SchemaBounds.VINTAGE_MIN, maximum = SchemaBounds.VINTAGE_MAX) int vintage) {

    @Schema(name = "CommuneRef", description = "A commune or municipal district, by code and name.")
    public record CommuneRef(
            @Schema(description = "INSEE code.", example = "75113", maxLength = 5) String code,
            @Schema(description = "Name.", example = "Paris 13e Arrondissement", maxLength = 100) String name,
            @Schema(description = "Municipal population.", nullable = true, example = "177735", minimum = "0", maximum = SchemaBounds.POPULATION) Integer population) {
    }

    @Schema(name = "FormerCommune", description = "A former commune merged into a current one.")
    public record FormerCommune(
            @Schema(description = "Its INSEE code (it may equal the current commune's).", example = "01015", maxLength = 5)
            String code,
            @Schema(description = "Name.", example = "Arbignieu", maxLength = 100) String name,
            @Schema(description = "DELEGATED_COMMUNE (commune déléguée) or ASSOCIATED_COMMUNE (commune associée).",
                    example = "DELEGATED_COMMUNE", enumeration = { "DELEGATED_COMMUNE", "ASSOCIATED_COMMUNE" }) String kind) {
    }

    @Schema(name = "EpciRef", description = "An EPCI (établissement public de coopération intercommunale).")
    public record EpciRef(
            @Schema(description = "SIREN code.", example = "242500361", pattern = "^\\d{9}$", maxLength = 9) String code,
            @Schema(description = "Name.", example = "CU Grand Besançon Métropole", maxLength = 200) String name,
            @Schema(description = "Kind: CC, CA, CU, METRO or MET69.", example = "CU", maxLength = 8) String kind) {

        static EpciRef of(EpciEntity epci) {
            return epci == null ? null : new EpciRef(epci.code, epci.name, epci.kind);
        }
    }
}
