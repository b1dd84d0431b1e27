package fr.cpts.registry.contract;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.fact.Basis;
import fr.cpts.registry.fact.DatePrecision;
import fr.cpts.registry.fact.PartialDates;
import fr.cpts.registry.source.SourceRef;

/** The ACI contract of a CPTS as served. */
@Schema(name = "Contract", description = "The tripartite ACI contract (accord conventionnel interprofessionnel) of a "
        + "CPTS: signed by the CPTS, its CPAM and its ARS (the MSA sometimes co-signs), for 5 years.")
public record Contract(
        @Schema(description = "Signature date, ISO-8601 at the precision the source gives (YYYY-MM-DD, YYYY-MM or YYYY).",
                example = "2024-04-19", pattern = PartialDates.PATTERN, maxLength = 10) String signedOn,
        @Schema(description = "Precision of signedOn.", example = "DAY") DatePrecision signedOnPrecision,
        @Schema(description = "How the signature is known: STATED, or INFERRED from what the source reports (the "
                + "reasoning is given).") Basis basis,
        @Schema(description = "End of the contract: signature + 5 years, at the same precision (derived: see "
                + "endsOnBasis).", example = "2029-04-19", pattern = PartialDates.PATTERN, maxLength = 10) String endsOn,
        @Schema(description = "How endsOn is known: always DERIVED, by the rule given.") Basis endsOnBasis,
        @Schema(description = "Where it was signed, when the source says.", nullable = true, example = "Héricourt",
                maxLength = 200) String signedPlace,
        @Schema(description = "The signatories the source names, in its order; empty when it names none.", maxItems = 20)
        List<ContractSignatory> signatories,
        @Schema(description = "The source reporting the signature.") SourceRef source,
        @Schema(description = "The source's own words.", nullable = true, maxLength = 2000) String quote,
        @Schema(description = "What the source leaves unsaid or how it was read.", nullable = true, maxLength = 1000,
                example = "The release reports the official launch by these four parties; it does not use the word \"contrat\".")
        String note) {

    public static final int DURATION_YEARS = 5;
    private static final Basis ENDS_ON = Basis.derived("signedOn + " + DURATION_YEARS + " years, the term of an ACI "
            + "contract, at the precision of signedOn; the sources do not report end dates.");

    @Schema(name = "ContractSignatory", description = "A party signing the ACI contract.")
    public record ContractSignatory(
            @Schema(description = "Kind of party.", example = "CPAM") SignatoryKind kind,
            @Schema(description = "Name as the source gives it.", example = "CPAM de Haute-Saône", maxLength = 200) String name) {
    }

    static Contract of(AciContractEntity contract, SourceRef source) {
        DatePrecision precision = contract.signedOnPrecision;
        return new Contract(precision.format(contract.signedOn), precision,
                contract.basis.toBasis(),
                precision.format(contract.signedOn.plusYears(DURATION_YEARS)), ENDS_ON, contract.signedPlace,
                contract.signatories.stream().map(s -> new ContractSignatory(s.kind, s.name)).toList(),
                source, contract.quote, contract.note);
    }
}
