package fr.cpts.registry.cpts;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import fr.cpts.registry.fact.StoredBasis;
import fr.cpts.registry.territory.DepartmentEntity;

/** A department a source places the CPTS in (those of its recorded communes are kept apart: territoryDepartments). */
@Embeddable
public class RecordedDepartment {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_code")
    public DepartmentEntity department;

    /** How the source places it there. */
    @Embedded
    public StoredBasis basis = new StoredBasis();
}
