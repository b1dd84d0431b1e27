package fr.cpts.registry.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import fr.cpts.registry.fact.StoredBasis;
import fr.cpts.registry.fact.DatePrecision;
import fr.cpts.registry.source.SourceEntity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The tripartite ACI contract of a CPTS. */
@Entity
@Table(name = "aci_contract")
public class AciContractEntity extends PanacheEntityBase {

    /** The contract is identified by its CPTS: one contract per CPTS. */
    @Id
    @Column(name = "cpts_id")
    public String cptsId;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "signed_on_precision")
    public DatePrecision signedOnPrecision;

    @Column(name = "signed_place")
    public String signedPlace;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceEntity source;

    public String quote;

    public String note;

    /** How the source establishes it. */
    @Embedded
    public StoredBasis basis = new StoredBasis();

    @ElementCollection
    @CollectionTable(name = "contract_signatory", joinColumns = @JoinColumn(name = "cpts_id"))
    @OrderBy("position")
    public List<Signatory> signatories = new ArrayList<>();
}
