package fr.cpts.registry.cpts;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import fr.cpts.registry.fact.StoredBasis;
import fr.cpts.registry.fact.DatePrecision;
import fr.cpts.registry.source.SourceEntity;

/** The date a CPTS reached a lifecycle stage, as a source reports it. */
@Embeddable
public class LifecycleEvent {

    @Enumerated(EnumType.STRING)
    public LifecycleStage stage;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    public DatePrecision datePrecision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceEntity source;

    public String quote;

    /** How the source establishes it. */
    @Embedded
    public StoredBasis basis = new StoredBasis();
}
