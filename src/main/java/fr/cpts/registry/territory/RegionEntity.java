package fr.cpts.registry.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A French region (INSEE code), from the reference geography. */
@Entity
@Table(name = "region")
public class RegionEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String zone;
}
