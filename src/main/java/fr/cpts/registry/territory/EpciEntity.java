package fr.cpts.registry.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An EPCI (intercommunal body) of the reference geography. */
@Entity
@Table(name = "epci")
public class EpciEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    public String kind;
}
