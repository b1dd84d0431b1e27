package fr.cpts.registry.cpts;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import fr.cpts.registry.source.SourceEntity;

/** A document naming the CPTS, with its words. */
@Embeddable
public class Mention {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceEntity source;

    public String quote;
}
