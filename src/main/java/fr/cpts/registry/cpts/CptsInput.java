package fr.cpts.registry.cpts;

import fr.cpts.registry.fact.BasisInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.fact.DatePrecision;
import fr.cpts.registry.fact.PartialDates;
import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.source.SourceIds;
import fr.cpts.registry.territory.Codes;

/**
 * The editable facts of a CPTS, as written by POST and PUT and as a JSON Merge Patch applies to. Its lifecycle,
 * contract, missions, membership and territory have their own writes.
 */
@Schema(name = "CptsInput", description = "The editable facts of a CPTS (POST, PUT; the document a JSON Merge Patch "
        + "applies to). Every fact names the source it comes from by id (see /v1/sources). The lifecycle, contract, "
        + "missions, membership and territory have their own writes.")
public record CptsInput(
        @Schema(description = "Name.", example = "CPTS du Pays d'Héricourt", minLength = 1, maxLength = 200)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Legal form, if a source states it.", nullable = true, example = "ASSOCIATION") LegalForm legalForm,
        @Schema(description = "INSEE region code: two digits, three for an overseas collectivity.", nullable = true,
                example = "27", pattern = Codes.REGION_PATTERN, maxLength = 3)
        @Pattern(regexp = Codes.REGION_PATTERN, message = "must be " + Codes.REGION_FORMAT) String region,
        @Schema(description = "INSEE codes of its departments (in that region).", maxItems = 10, example = "[\"70\"]")
        @Size(max = 10) List<@NotNull @Size(max = 3) @Pattern(regexp = "\\d{2}|2[AB]|9[78]\\d",
                message = "must be an INSEE department code") String> departments,
        @Schema(description = "Official launch.", nullable = true) @Valid Launch launch,
        @Schema(description = "Population it declares covering.", nullable = true) @Valid DeclaredCount declaredPopulation,
        @Schema(description = "Number of communes it declares covering.", nullable = true) @Valid DeclaredCount declaredCommuneCount,
        @Schema(description = "FINESS number (category 604).", nullable = true, pattern = "^(\\d{2}|2[AB])\\d{7}$",
                maxLength = 9)
        @Pattern(regexp = "(\\d{2}|2[AB])\\d{7}", message = "must be a 9-character FINESS number") String finess,
        @Schema(description = "SIRET.", nullable = true, pattern = "^\\d{14}$", maxLength = 14)
        @Pattern(regexp = "\\d{14}", message = "must be 14 digits") String siret,
        @Schema(description = "Partners.", maxItems = 100) @Size(max = 100) List<@NotNull @Valid Partner> partners,
        @Schema(description = "Governance bodies.", maxItems = 20) @Size(max = 20) List<@NotNull @Valid GovernanceBody> governance,
        @Schema(description = "Indicators.", maxItems = 50) @Size(max = 50) List<@NotNull @Valid Indicator> indicators,
        @Schema(description = "Priority populations.", maxItems = 50)
        @Size(max = 50) List<@NotNull @Valid PriorityPopulation> priorityPopulations,
        @Schema(description = "Other facts.", maxItems = 50) @Size(max = 50) List<@NotNull @Valid Note> notes,
        @Schema(description = "The documents naming the CPTS, with their words: at least one.", minItems = 1, maxItems = 100)
        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Mention> mentions) {

    /** The editable facts of a CPTS as they stand: the document a merge patch applies to. */
    static CptsInput of(CptsEntity c) {
        return new CptsInput(c.name, c.legalForm, c.region == null ? null : c.region.code,
                c.departments.stream().map(d -> d.department.code).toList(),
                c.launchDate == null ? null : new Launch(c.launchDatePrecision.format(c.launchDate), c.launchDatePrecision,
                        c.launchPlace, c.launchSource.id),
                c.declaredPopulation == null ? null
                        : new DeclaredCount(c.declaredPopulation, c.declaredPopulationPrecision, c.declaredPopulationSource.id),
                c.declaredCommuneCount == null ? null
                        : new DeclaredCount(c.declaredCommuneCount, c.declaredCommunePrecision, c.declaredCommuneSource.id),
                c.finess, c.siret,
                c.partners.stream().map(p -> new Partner(p.name(), p.kind(), p.role(), p.sourceId())).toList(),
                c.governance.stream().map(g -> new GovernanceBody(g.body(), g.description(),
                        g.composition().stream().map(s -> new Seats(s.group(), s.count())).toList(), g.sourceId(),
                        g.quote())).toList(),
                c.indicators.stream().map(i -> new Indicator(i.code(), i.label(), i.value(), i.unit(), i.precision(),
                        i.population(), i.asOf(), BasisInput.of(i.basisOfAsOf()), i.sourceId(), i.quote())).toList(),
                c.priorityPopulations.stream().map(p -> new PriorityPopulation(p.label(), p.sourceId())).toList(),
                c.notes.stream().map(n -> new Note(n.text(), n.sourceId(), n.quote())).toList(),
                c.mentions.stream().map(m -> new Mention(m.source.id, m.quote)).toList());
    }
    static final String SOURCE_ID_MESSAGE = "must be a source id such as src_bbdndrjz3kfz";

    @Schema(name = "LaunchInput", description = "An official launch.")
    public record Launch(
            @Schema(description = "YYYY-MM-DD, YYYY-MM or YYYY, as datePrecision says.", example = "2024-04-19",
                    pattern = PartialDates.PATTERN) @NotNull @Size(max = 10) String date,
            @Schema(description = "Precision of date.", example = "DAY") @NotNull DatePrecision datePrecision,
            @Schema(description = "Place.", nullable = true, example = "Héricourt", maxLength = 200) @Size(max = 200) String place,
            @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
            @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId) {
    }

    @Schema(name = "DeclaredCountInput", description = "A declared number with its precision and source.")
    public record DeclaredCount(
            @Schema(description = "The number as stated.", example = "21000", minimum = "0", maximum = "100000000")
            @NotNull @Min(0) @Max(100_000_000) Integer value,
            @Schema(description = "How the source states it.", example = "AT_LEAST") @NotNull Precision precision,
            @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
            @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId) {
    }

    @Schema(name = "PartnerInput", description = "A partner.")
    public record Partner(
            @Schema(description = "Name.", example = "Hôpital de proximité de Morteau", maxLength = 300)
            @NotBlank @Size(max = 300) String name,
            @Schema(description = "Kind.", example = "HOSPITAL") @NotNull PartnerKind kind,
            @Schema(description = "Role.", nullable = true, maxLength = 1000) @Size(max = 1000) String role,
            @Schema(description = "Source id.", example = "src_be4hxsqjwrg3", maxLength = 32)
            @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId) {
    }

    @Schema(name = "GovernanceBodyInput", description = "A governance body.")
    public record GovernanceBody(
            @Schema(description = "Name of the body.", example = "Comité de pilotage", maxLength = 200)
            @NotBlank @Size(max = 200) String body,
            @Schema(description = "Description.", nullable = true, maxLength = 1000) @Size(max = 1000) String description,
            @Schema(description = "Seats by group.", maxItems = 20) @Size(max = 20) List<@NotNull @Valid Seats> composition,
            @Schema(description = "Source id.", example = "src_qphdcr1meab3", maxLength = 32)
            @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId,
            @Schema(description = "The source's words.", nullable = true, maxLength = 2000) @Size(max = 2000) String quote) {
    }

    @Schema(name = "SeatsInput", description = "Seats of one group.")
    public record Seats(
            @Schema(description = "Group.", example = "médecins", maxLength = 200) @NotBlank @Size(max = 200) String group,
            @Schema(description = "Seats.", example = "10", minimum = "0", maximum = "1000") @NotNull @Min(0) @Max(1000) Integer count) {
    }

    @Schema(name = "IndicatorInput", description = "An indicator.")
    public record Indicator(
            @Schema(description = "Code.", example = "SHARE_WITHOUT_MEDECIN_TRAITANT", pattern = "^[A-Z][A-Z0-9_]{0,59}$",
                    maxLength = 60)
            @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}", message = "must be an UPPER_SNAKE_CASE code") String code,
            @Schema(description = "Label.", example = "Part de la population de plus de 17 ans sans médecin traitant",
                    maxLength = 300) @NotBlank @Size(max = 300) String label,
            @Schema(description = "Value.", example = "8", minimum = "-1000000000", maximum = "1000000000")
            @NotNull @DecimalMin("-1000000000") @DecimalMax("1000000000") BigDecimal value,
            @Schema(description = "Unit.", example = "PERCENT") @NotNull IndicatorUnit unit,
            @Schema(description = "Precision.", example = "AT_LEAST") @NotNull Precision precision,
            @Schema(description = "Population measured.", example = "population de plus de 17 ans", maxLength = 300)
            @NotBlank @Size(max = 300) String population,
            @Schema(description = "Date it holds at (from 2016, not in the future).", example = "2024-04-19")
            @NotNull LocalDate asOf,
            @Schema(description = "How asOf is known, when the source does not date the indicator itself (DERIVED: its "
                    + "publication date, with that rule); absent: STATED.", nullable = true) @Valid BasisInput asOfBasis,
            @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
            @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId,
            @Schema(description = "The source's words.", nullable = true, maxLength = 2000) @Size(max = 2000) String quote) {
    }

    @Schema(name = "PriorityPopulationInput", description = "A priority population.")
    public record PriorityPopulation(
            @Schema(description = "Label.", example = "Patientèle âgée", maxLength = 300) @NotBlank @Size(max = 300) String label,
            @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
            @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId) {
    }

    @Schema(name = "NoteInput", description = "A fact with no field of its own.")
    public record Note(
            @Schema(description = "The fact.", maxLength = 2000) @NotBlank @Size(max = 2000) String text,
            @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
            @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId,
            @Schema(description = "The source's words.", nullable = true, maxLength = 2000) @Size(max = 2000) String quote) {
    }

    @Schema(name = "MentionInput", description = "A document naming the CPTS.")
    public record Mention(
            @Schema(description = "Source id.", example = "src_bbdndrjz3kfz", maxLength = 32)
            @NotNull @Pattern(regexp = SourceIds.PATTERN, message = SourceIds.MESSAGE) String sourceId,
            @Schema(description = "Its words about the CPTS.", maxLength = 2000) @NotBlank @Size(max = 2000) String quote) {
    }
}
