package fr.cpts.registry.cpts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.generator.EventType;
import org.hibernate.type.SqlTypes;

import fr.cpts.registry.fact.BasisKind;
import fr.cpts.registry.fact.DatePrecision;
import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.membership.MembershipSnapshotEntity;
import fr.cpts.registry.mission.CarriedMission;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.Refusal;
import fr.cpts.registry.source.SourceEntity;
import fr.cpts.registry.territory.CommuneEntity;
import fr.cpts.registry.territory.EpciEntity;
import fr.cpts.registry.territory.RegionEntity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A CPTS and the facts the sources give about it. */
@Entity
@Table(name = "cpts")
public class CptsEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    /** Maintained by PostgreSQL: the accent- and case-insensitive form of the name, for search and sort. */
    @Generated(event = { EventType.INSERT, EventType.UPDATE })
    @Column(name = "search_name", insertable = false, updatable = false)
    public String searchName;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form")
    public LegalForm legalForm;

    /** Latest stage the sources establish; null when none does. */
    @Enumerated(EnumType.STRING)
    public LifecycleStage status;

    /** The status is the latest lifecycle stage: DERIVED from it, INFERRED when that stage is; null without status. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_basis")
    public BasisKind statusBasis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    public RegionEntity region;

    /** The departments its sources place it in; see also {@link #territoryDepartments}. */
    @ElementCollection
    @CollectionTable(name = "cpts_department", joinColumns = @JoinColumn(name = "cpts_id"))
    public List<RecordedDepartment> departments = new ArrayList<>();

    @Column(name = "launch_date")
    public LocalDate launchDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "launch_date_precision")
    public DatePrecision launchDatePrecision;

    @Column(name = "launch_place")
    public String launchPlace;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "launch_source_id")
    public SourceEntity launchSource;

    @Column(name = "declared_population")
    public Integer declaredPopulation;

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_population_precision")
    public Precision declaredPopulationPrecision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "declared_population_source_id")
    public SourceEntity declaredPopulationSource;

    @Column(name = "declared_commune_count")
    public Integer declaredCommuneCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "declared_commune_precision")
    public Precision declaredCommunePrecision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "declared_commune_source_id")
    public SourceEntity declaredCommuneSource;

    /** How the commune list was established; null while no source makes it certain. */
    @Column(name = "territory_basis")
    public String territoryBasis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "territory_epci_code")
    public EpciEntity territoryEpci;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "territory_source_id")
    public SourceEntity territorySource;

    @Column(name = "territory_quote")
    public String territoryQuote;

    /** Sum of the population of the listed communes, for {@link #territoryVintage}. */
    @Column(name = "territory_population")
    public Integer territoryPopulation;

    @Column(name = "territory_commune_count")
    public Integer territoryCommuneCount;

    @Column(name = "territory_vintage")
    public Short territoryVintage;

    /** STATED when the source lists the communes, INFERRED when the list is read from it; null without a list. */
    @Enumerated(EnumType.STRING)
    @Column(name = "territory_basis_kind")
    public BasisKind territoryBasisKind;

    /** Codes of the departments of the listed communes, sorted; null without a list. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "territory_departments")
    public String[] territoryDepartments;

    @ManyToMany
    @JoinTable(name = "cpts_commune", joinColumns = @JoinColumn(name = "cpts_id"),
            inverseJoinColumns = @JoinColumn(name = "commune_code"))
    public Set<CommuneEntity> communes = new HashSet<>();

    /**
     * Maintained by PostgreSQL (ACI thresholds 40,000 / 80,000 / 175,000) from the computed population when the
     * commune list is known, else from the declared one.
     */
    @Generated(event = { EventType.INSERT, EventType.UPDATE })
    @Column(name = "size_category", insertable = false, updatable = false)
    public Integer sizeCategory;

    public String finess;

    public String siret;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredFacts.Partner> partners = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredFacts.GovernanceBody> governance = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredFacts.Indicator> indicators = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "priority_populations")
    public List<StoredFacts.PriorityPopulation> priorityPopulations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StoredFacts.Note> notes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "lifecycle_event", joinColumns = @JoinColumn(name = "cpts_id"))
    public List<LifecycleEvent> lifecycle = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cpts_mention", joinColumns = @JoinColumn(name = "cpts_id"))
    public List<Mention> mentions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cpts_mission", joinColumns = @JoinColumn(name = "cpts_id"))
    public List<CarriedMission> missions = new ArrayList<>();

    @OneToMany(mappedBy = "cpts")
    @OrderBy("asOf desc, id")
    public List<MembershipSnapshotEntity> memberships = new ArrayList<>();

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** Set when the CPTS is deleted: the row stays as a tombstone for partners' sync. */
    @Column(name = "removed_at")
    public OffsetDateTime removedAt;

    /** The CPTS with this id; 404 when there is none, 410 when it was deleted. */
    public static CptsEntity findRequired(String id) {
        return live(Ids.plausible(id) ? findById(id) : null, id);
    }

    /** The CPTS with this id, its row locked until the transaction ends; 404 or 410 as {@link #findRequired}. */
    public static CptsEntity lockRequired(String id) {
        return live(Ids.plausible(id) ? findById(id, LockModeType.PESSIMISTIC_WRITE) : null, id);
    }

    private static CptsEntity live(CptsEntity cpts, String id) {
        if (cpts == null) {
            throw Refusal.notFound("CPTS", id);
        }
        if (cpts.removedAt != null) {
            throw new Refusal(Refusal.Kind.GONE, "This CPTS was deleted from the registry on "
                    + cpts.removedAt.toLocalDate() + "; the change feed keeps its tombstone.");
        }
        return cpts;
    }

    /** The latest membership count, if any. */
    public MembershipSnapshotEntity currentMembership() {
        return memberships.isEmpty() ? null : memberships.get(0);
    }
}
