package fr.cpts.registry.cpts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.fact.Basis;

/** A department the CPTS is in, and how that is known. */
@Schema(name = "CptsDepartment", description = "A department the CPTS is in: one its sources place it in (STATED, or "
        + "INFERRED from a department-level body they name), or one of its recorded communes lies in (DERIVED).")
public record CptsDepartment(
        @Schema(description = "INSEE code.", example = "70", maxLength = 3) String code,
        @Schema(description = "Name.", example = "Haute-Saône", maxLength = 100) String name,
        @Schema(description = "How it is known.") Basis basis) {
}
