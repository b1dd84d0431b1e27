package fr.cpts.registry.territory;

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

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A commune or municipal district of the reference geography (INSEE 2026). */
@Entity
@Table(name = "commune")
public class CommuneEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Generated
    @Column(name = "search_name", insertable = false, updatable = false)
    public String searchName;

    @Enumerated(EnumType.STRING)
    public CommuneKind kind;

    @Column(name = "parent_code")
    public String parentCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_code")
    public DepartmentEntity department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    public RegionEntity region;

    /** Municipal population; null for the uninhabited overseas territories. */
    public Integer population;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "postal_codes")
    public List<String> postalCodes = new ArrayList<>();
}
