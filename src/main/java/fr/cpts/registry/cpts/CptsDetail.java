package fr.cpts.registry.cpts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.contract.Contract;
import fr.cpts.registry.fact.Basis;
import fr.cpts.registry.fact.DatePrecision;
import fr.cpts.registry.fact.PartialDates;
import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.fact.SourcedCount;
import fr.cpts.registry.membership.MembershipSnapshot;
import fr.cpts.registry.mission.CptsMission;
import fr.cpts.registry.source.SourceRef;
import fr.cpts.registry.territory.AreaRef;
import fr.cpts.registry.http.SchemaBounds;

/** A CPTS with every fact the sources give, each with its source. */
@Schema(name = "Cpts", description = "A CPTS with every fact the sources give about it, each carrying its source "
        + "(document, publisher, date). Facts no source gives are null or empty, never guessed.")
public record CptsDetail(
        @Schema(description = "Opaque, stable id (never reused).", example = "cpts_fqgmb7d998ve", maxLength = 32) String id,
        @Schema(description = "Name.", example = "CPTS du Pays d'Héricourt", maxLength = 200) String name,
        @Schema(description = "Legal form, when a source states it.", nullable = true, example = "ASSOCIATION") LegalForm legalForm,
        @Schema(description = "Latest lifecycle stage the sources establish; null when no source establishes one.",
                nullable = true, example = "ACI_SIGNED") LifecycleStage status,
        @Schema(description = "How status is known: DERIVED (the latest stage of lifecycle), INFERRED when that stage "
                + "is inferred; null with status.", nullable = true) Basis statusBasis,
        @Schema(description = "Region.", nullable = true) AreaRef region,
        @Schema(description = "Departments it is in: those the sources place it in, then those of its recorded communes "
                + "(DERIVED); empty when nothing says.", maxItems = 20) List<CptsDepartment> departments,
        @Schema(description = "Every lifecycle stage with a known date, in order.", maxItems = 10) List<StageReached> lifecycle,
        @Schema(description = "Official launch (officialisation), when a source reports it.", nullable = true) Launch launch,
        @Schema(description = "Population the CPTS declares covering.", nullable = true) SourcedCount declaredPopulation,
        @Schema(description = "Number of communes the CPTS declares covering.", nullable = true) SourcedCount declaredCommuneCount,
        @Schema(description = "The recorded territory in brief; GET /v1/cpts/{id}/territory gives the communes.")
        TerritorySummary territory,
        @Schema(description = "ACI size category (1 < 40,000 ≤ 2 < 80,000 ≤ 3 < 175,000 ≤ 4 inhabitants); null when the "
                + "population is unknown.", nullable = true, example = "1", minimum = "1", maximum = "4") Integer sizeCategory,
        @Schema(description = CptsSummary.SIZE_CATEGORY_BASIS, nullable = true, enumeration = { "COMPUTED_POPULATION", "DECLARED_POPULATION" },
                example = "COMPUTED_POPULATION") String sizeCategoryBasis,
        @Schema(description = "The ACI contract; null when none is recorded.", nullable = true) Contract contract,
        @Schema(description = "Missions carried, in catalog order.", maxItems = 6) List<CptsMission> missions,
        @Schema(description = "Latest membership count; null when no source gives one.", nullable = true)
        MembershipSnapshot currentMembership,
        @Schema(description = "Partner establishments, teams and platforms.", maxItems = 100) List<Partner> partners,
        @Schema(description = "Governance bodies.", maxItems = 20) List<GovernanceBody> governance,
        @Schema(description = "Indicators the sources give (e.g. share of patients without a médecin traitant).",
                maxItems = 50) List<Indicator> indicators,
        @Schema(description = "Populations the CPTS gives priority to.", maxItems = 50) List<PriorityPopulation> priorityPopulations,
        @Schema(description = "Other facts the sources give.", maxItems = 50) List<Note> notes,
        @Schema(description = "National identifiers, when known.") Identifiers identifiers,
        @Schema(description = "Every document naming the CPTS, with its words.", maxItems = 100) List<Mention> mentions,
        @Schema(description = "When the record was created.") OffsetDateTime createdAt,
        @Schema(description = "When the record last changed.") OffsetDateTime updatedAt) {

    @Schema(name = "TerritorySummary", description = "The recorded territory of a CPTS in brief.")
    public record TerritorySummary(
            @Schema(description = "Whether the sources make its commune list certain.", example = "true")
            boolean communeListKnown,
            @Schema(description = "Population computed from the list.", nullable = true, example = "197061",
                    minimum = "0", maximum = SchemaBounds.POPULATION) Integer computedPopulation,
            @Schema(description = "Communes in the list.", nullable = true, example = "67", minimum = "0",
                    maximum = SchemaBounds.UNITS) Integer computedCommuneCount,
            @Schema(description = "Vintage of the reference geography used.", nullable = true, example = "2026",
                    minimum = SchemaBounds.VINTAGE_MIN, maximum = SchemaBounds.VINTAGE_MAX) Integer vintage) {
    }

    @Schema(name = "StageReached", description = "A lifecycle stage the CPTS reached, dated as the source dates it.")
    public record StageReached(
            @Schema(description = "The stage.", example = "ACI_SIGNED") LifecycleStage stage,
            @Schema(description = "When, at the precision given (YYYY-MM-DD, YYYY-MM or YYYY).", example = "2024-04-19",
                    pattern = PartialDates.PATTERN, maxLength = 10) String date,
            @Schema(description = "Precision of date.", example = "DAY") DatePrecision datePrecision,
            @Schema(description = "The source.") SourceRef source,
            @Schema(description = "The source's own words.", nullable = true, maxLength = 2000) String quote,
            @Schema(description = "How the stage is known: STATED, or INFERRED from what the source reports.") Basis basis) {
    }

    @Schema(name = "Launch", description = "The official launch (officialisation) of the CPTS.")
    public record Launch(
            @Schema(description = "When, at the precision given.", example = "2024-04-19", pattern = PartialDates.PATTERN, maxLength = 10)
            String date,
            @Schema(description = "Precision of date.", example = "DAY") DatePrecision datePrecision,
            @Schema(description = "Where, when the source says.", nullable = true, example = "Héricourt", maxLength = 200)
            String place,
            @Schema(description = "The source.") SourceRef source) {
    }

    @Schema(name = "Partner", description = "A partner of the CPTS.")
    public record Partner(
            @Schema(description = "Name as the source gives it.", example = "Hôpital de proximité de Morteau", maxLength = 300)
            String name,
            @Schema(description = "Kind of partner.", example = "HOSPITAL") PartnerKind kind,
            @Schema(description = "Its role, as the source describes it.", nullable = true, maxLength = 1000) String role,
            @Schema(description = "The source.") SourceRef source) {
    }

    @Schema(name = "GovernanceBody", description = "A governance body of the CPTS.")
    public record GovernanceBody(
            @Schema(description = "Name of the body.", example = "Comité de pilotage", maxLength = 200) String body,
            @Schema(description = "Description.", nullable = true, maxLength = 1000) String description,
            @Schema(description = "Seats by group, when the source gives them.", maxItems = 20) List<Seats> composition,
            @Schema(description = "The source.") SourceRef source,
            @Schema(description = "The source's own words.", nullable = true, maxLength = 2000) String quote) {
    }

    @Schema(name = "Seats", description = "Seats held by one group in a governance body.")
    public record Seats(
            @Schema(description = "The group, in the source's words.", example = "médecins", maxLength = 200) String group,
            @Schema(description = "Number of seats.", example = "10", minimum = "0", maximum = "1000") int count) {
    }

    @Schema(name = "Indicator", description = "An indicator the source gives about the CPTS's territory.")
    public record Indicator(
            @Schema(description = "Indicator code.", example = "SHARE_WITHOUT_MEDECIN_TRAITANT", maxLength = 60) String code,
            @Schema(description = "Label in French.", example = "Part de la population de plus de 17 ans sans médecin traitant",
                    maxLength = 300) String label,
            @Schema(description = "Value as stated.", example = "8") BigDecimal value,
            @Schema(description = "Unit of value.", example = "PERCENT") IndicatorUnit unit,
            @Schema(description = "How the source states it (\"plus de 8%\" is AT_LEAST 8).", example = "AT_LEAST") Precision precision,
            @Schema(description = "The population it is measured on, in the source's words.", example = "population de plus de 17 ans",
                    maxLength = 300) String population,
            @Schema(description = "Date it holds at.", example = "2024-04-19") LocalDate asOf,
            @Schema(description = "How asOf is known: STATED, or DERIVED from the source's publication date.") Basis asOfBasis,
            @Schema(description = "The source.") SourceRef source,
            @Schema(description = "The source's own words.", nullable = true, maxLength = 2000) String quote) {
    }

    @Schema(name = "PriorityPopulation", description = "A population the CPTS gives priority to.")
    public record PriorityPopulation(
            @Schema(description = "In the source's words.", example = "Patientèle âgée", maxLength = 300) String label,
            @Schema(description = "The source.") SourceRef source) {
    }

    @Schema(name = "Note", description = "A fact the source gives that has no field of its own.")
    public record Note(
            @Schema(description = "The fact, in French.", example = "Deuxième CPTS constituée en Bourgogne-Franche-Comté.",
                    maxLength = 2000) String text,
            @Schema(description = "The source.") SourceRef source,
            @Schema(description = "The source's own words.", nullable = true, maxLength = 2000) String quote) {
    }

    @Schema(name = "Identifiers", description = "National identifiers of the CPTS; null while unknown.")
    public record Identifiers(
            @Schema(description = "FINESS number (category 604, CPTS).", nullable = true,
                    pattern = "^(\\d{2}|2[AB])\\d{7}$", maxLength = 9, example = "250000000") String finess,
            @Schema(description = "SIRET of the association.", nullable = true, pattern = "^\\d{14}$",
                    maxLength = 14, example = "12345678900012") String siret) {
    }

    @Schema(name = "Mention", description = "A document naming the CPTS.")
    public record Mention(
            @Schema(description = "The document.") SourceRef source,
            @Schema(description = "Its words about the CPTS.", maxLength = 2000) String quote) {
    }
}
