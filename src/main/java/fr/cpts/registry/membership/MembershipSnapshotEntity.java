package fr.cpts.registry.membership;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.fact.BasisKind;
import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.source.SourceEntity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dated membership count of a CPTS, as a source reports it. */
@Entity
@Table(name = "membership_snapshot")
public class MembershipSnapshotEntity extends PanacheEntityBase {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cpts_id")
    public CptsEntity cpts;

    @Column(name = "as_of")
    public LocalDate asOf;

    /** STATED, or DERIVED (the publication date of a source reporting the count in the present) with the rule. */
    @Enumerated(EnumType.STRING)
    @Column(name = "as_of_basis")
    public BasisKind asOfBasis = BasisKind.STATED;

    @Column(name = "as_of_basis_reason")
    public String asOfBasisReason;

    @Column(name = "member_count")
    public int memberCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_count_precision")
    public Precision memberCountPrecision;

    /** What the count counts, in the source's words ("adhérents", "professionnels de santé libéraux"). */
    public String counted;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> professions = new ArrayList<>();

    @Column(name = "professions_complete")
    public boolean professionsComplete;

    @Column(name = "establishment_count")
    public Integer establishmentCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "establishment_count_precision")
    public Precision establishmentCountPrecision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_organisations")
    public List<String> memberOrganisations = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceEntity source;

    public String quote;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
