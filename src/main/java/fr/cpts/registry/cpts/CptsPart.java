package fr.cpts.registry.cpts;

/**
 * The parts of a CPTS's representation that operations of their own write. A write names those it changes
 * ({@link CptsWrite#commit}); the representation after it takes the others from the representation before it instead
 * of reading them again.
 */
public enum CptsPart {
    /** The lifecycle stages, and the status derived from them. */
    LIFECYCLE,
    CONTRACT,
    MISSIONS,
    MEMBERSHIP
}
