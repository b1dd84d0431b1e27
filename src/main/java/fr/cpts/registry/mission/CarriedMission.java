package fr.cpts.registry.mission;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.cpts.registry.fact.StoredBasis;
import fr.cpts.registry.source.SourceEntity;

/** A mission a CPTS carries, with the actions it declares for it. */
@Embeddable
public class CarriedMission {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_code")
    public MissionEntity mission;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "actions")
    public List<String> actions = new ArrayList<>();

    public String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceEntity source;

    public String quote;

    /** How the source establishes it. */
    @Embedded
    public StoredBasis basis = new StoredBasis();
}
