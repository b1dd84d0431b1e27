package fr.cpts.registry.mission;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One of the six ACI missions (catalog): reference data changed by migrations only, so kept in the second-level cache. */
@Entity
@Cacheable
@Table(name = "mission")
public class MissionEntity extends PanacheEntityBase {

    @Id
    public String code;

    public short position;

    @Enumerated(EnumType.STRING)
    public MissionCategory category;

    @Column(name = "label_fr")
    public String labelFr;

    @Column(name = "label_en")
    public String labelEn;

    @Column(name = "start_months")
    public Short startMonths;

    @Column(name = "full_deployment_months")
    public Short fullDeploymentMonths;
}
