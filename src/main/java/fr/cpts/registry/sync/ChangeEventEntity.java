package fr.cpts.registry.sync;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A recorded write, as read back (ChangeLog inserts them). */
@Entity
@Immutable
@Table(name = "change_event")
public class ChangeEventEntity extends PanacheEntityBase {

    @Id
    public long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_type")
    public ResourceType resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    public String operation;

    public long version;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String actor;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes = new ArrayList<>();
}
