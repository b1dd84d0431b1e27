package fr.cpts.registry.fact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a value the registry serves is known. */
@Schema(name = "BasisKind", description = "How a value is known. STATED: a source states it (its words are in the "
        + "quote beside it). DERIVED: the registry computed it from stated values by a fixed rule (the reason gives the "
        + "rule). INFERRED: read from what a source says without its stating it (the reason gives the reading).")
public enum BasisKind {
    STATED, DERIVED, INFERRED
}
