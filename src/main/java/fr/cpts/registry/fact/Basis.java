package fr.cpts.registry.fact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a served value is known, with the rule or the reasoning when it is not stated as such by its source. */
@Schema(name = "Basis", description = "How a value is known: stated by its source, derived by the registry (with the "
        + "rule), or inferred from what the source says (with the reasoning).")
public record Basis(
        @Schema(description = "Stated, derived or inferred.", example = "INFERRED") BasisKind kind,
        @Schema(description = "The rule (DERIVED) or the reasoning (INFERRED); null when STATED.", nullable = true,
                maxLength = 1000, example = "The release reports an official launch by the CPTS, the ARS and the CPAM; "
                        + "it does not name the ACI contract. That launch is read as the contract's signature.")
        String reason) {

    public static final Basis STATED = new Basis(BasisKind.STATED, null);

    public static Basis derived(String rule) {
        return new Basis(BasisKind.DERIVED, rule);
    }

    /** The basis as stored: a kind (STATED when null, for rows written before bases were recorded) and a reason. */
    public static Basis of(BasisKind kind, String reason) {
        return kind == null || kind == BasisKind.STATED ? STATED : new Basis(kind, reason);
    }
}
