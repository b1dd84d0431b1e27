package fr.cpts.registry.contract;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class Signatory {

    public short position;

    @Enumerated(EnumType.STRING)
    public SignatoryKind kind;

    public String name;
}
