package fr.cpts.registry.fact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How a stored fact is known (columns basis and basis_reason): STATED, or INFERRED with the reasoning. */
@Embeddable
public class StoredBasis {

    @Enumerated(EnumType.STRING)
    @Column(name = "basis")
    public BasisKind kind = BasisKind.STATED;

    @Column(name = "basis_reason")
    public String reason;

    public Basis toBasis() {
        return Basis.of(kind, reason);
    }

    public static StoredBasis of(Basis basis) {
        StoredBasis stored = new StoredBasis();
        stored.kind = basis.kind();
        stored.reason = basis.reason();
        return stored;
    }
}
