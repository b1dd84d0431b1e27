package fr.cpts.registry.cpts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A CPTS's representations as served, for queries that select them with their filters (V16); written by
 * {@link CptsReadModel} only.
 */
@Entity
@Table(name = "cpts_read_model")
class CptsReadModelEntity {

    @Id
    @Column(name = "cpts_id")
    String cptsId;

    long version;

    int format;

    byte[] detail;

    byte[] summary;
}
