package fr.cpts.registry.fact;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a fact an editor records is known; absent, it is stated by its source. */
@Schema(name = "BasisInput", description = "How the fact is known, when its source does not state it as such: "
        + "INFERRED with the reasoning (or DERIVED with the rule). Absent: STATED.")
public record BasisInput(
        @Schema(description = "STATED, INFERRED or DERIVED.", example = "INFERRED") @NotNull BasisKind kind,
        @Schema(description = "The reasoning or the rule; required unless STATED.", maxLength = 1000,
                example = "The release reports an official launch; it does not name the ACI contract.")
        @Size(max = 1000) String reason) {

    /**
     * Reports to {@code reject} a kind the fact cannot have, or a missing reason ({@code pointer}: the basis in the
     * body). A fact a source reports is stated or inferred; a date is stated or derived (a publication date).
     */
    public static void check(BasisInput input, BiConsumer<String, String> reject, String pointer,
            BasisKind... allowed) {
        if (input == null || input.kind() == null) {
            return;
        }
        if (!List.of(allowed).contains(input.kind())) {
            reject.accept(pointer + "/kind", "must be one of " + Arrays.toString(allowed) + " here");
        } else if (input.kind() != BasisKind.STATED && (input.reason() == null || input.reason().isBlank())) {
            reject.accept(pointer + "/reason", "is required when kind is " + input.kind());
        }
    }

    /** The basis to store, of an input {@link #check checked}: STATED when absent. */
    public static Basis basis(BasisInput input) {
        return input == null || input.kind() == null || input.kind() == BasisKind.STATED ? Basis.STATED
                : new Basis(input.kind(), input.reason().strip());
    }

    /** What an input of this basis is, for a JSON Merge Patch of stored facts; null when STATED. */
    public static BasisInput of(Basis basis) {
        return basis == null || basis.kind() == BasisKind.STATED ? null : new BasisInput(basis.kind(), basis.reason());
    }
}
