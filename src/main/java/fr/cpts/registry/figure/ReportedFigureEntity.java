package fr.cpts.registry.figure;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.source.SourceEntity;
import fr.cpts.registry.territory.DepartmentEntity;
import fr.cpts.registry.territory.RegionEntity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A count about CPTS in an area as a source reports it (not computed by the registry). */
@Entity
@Table(name = "reported_figure")
public class ReportedFigureEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_level")
    public ScopeLevel scopeLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    public RegionEntity region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_code")
    public DepartmentEntity department;

    @Column(name = "area_name")
    public String areaName;

    @Enumerated(EnumType.STRING)
    public FigureMetric metric;

    public int value;

    @Enumerated(EnumType.STRING)
    public Precision precision;

    @Column(name = "as_of")
    public LocalDate asOf;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public SourceEntity source;

    public String quote;

    public String note;
}
