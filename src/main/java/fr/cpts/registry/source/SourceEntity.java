package fr.cpts.registry.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document facts come from. */
@Entity
@Table(name = "source")
public class SourceEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public SourceKind kind;

    public String title;

    public String publisher;

    @Column(name = "publisher_basis")
    public String publisherBasis;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "file_name")
    public String fileName;

    public String url;

    public String language;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
