package fr.cpts.registry.territory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A French region (INSEE code), from the reference geography: changed by migrations only, so kept in the second-level
 * cache (a write reads it when it builds the representation after it).
 */
@Entity
@Cacheable
@Table(name = "region")
public class RegionEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String zone;
}
