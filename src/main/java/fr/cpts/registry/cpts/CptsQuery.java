package fr.cpts.registry.cpts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import fr.cpts.registry.fact.PartialDates;
import fr.cpts.registry.http.QueryParameters;
import fr.cpts.registry.territory.Codes;
import fr.cpts.registry.mission.MissionService;
import fr.cpts.registry.territory.ReferenceGeography;

/** The filters and order of a CPTS list or export, as query parameters. */
public class CptsQuery {

    @Parameter(description = "INSEE code of a department the CPTS is in.", example = "25",
            schema = @Schema(type = SchemaType.STRING, pattern = Codes.DEPARTMENT_PATTERN, maxLength = 3))
    @QueryParam("department")
    public String department;

    @Parameter(description = "INSEE code of the CPTS's region.", example = "27",
            schema = @Schema(type = SchemaType.STRING, pattern = Codes.REGION_PATTERN, maxLength = 3))
    @QueryParam("region")
    public String region;

    @Parameter(description = "Lifecycle stage the CPTS is at. CPTS whose status no source establishes match "
            + "no status.", example = "ACI_SIGNED", schema = @Schema(implementation = LifecycleStage.class))
    @QueryParam("status")
    public String status;

    @Parameter(description = "Code of a mission the CPTS carries (see GET /v1/missions).", example = "PREVENTION",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                    enumeration = { "ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION", "HEALTH_CRISIS_RESPONSE",
                            "QUALITY_AND_RELEVANCE", "PROFESSIONAL_SUPPORT" }))
    @QueryParam("mission")
    public String mission;

    @Parameter(description = "ACI size category (1 < 40,000 ≤ 2 < 80,000 ≤ 3 < 175,000 ≤ 4 inhabitants).",
            example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "4"))
    @QueryParam("sizeCategory")
    public String sizeCategory;

    @Parameter(description = "ACI contracts signed on or after this date: YYYY-MM-DD, or YYYY-MM / YYYY for the "
            + "first day of that month / year (signedFrom=2023 is from 2023-01-01). A signature known to the month only "
            + "compares as the first day of that month, to the year only as 1 January.", example = "2023",
            schema = @Schema(type = SchemaType.STRING, pattern = PartialDates.PATTERN, maxLength = 10))
    @QueryParam("signedFrom")
    public String signedFrom;

    @Parameter(description = "ACI contracts signed on or before this date: YYYY-MM-DD, or YYYY-MM / YYYY for the "
            + "last day of that month / year (signedTo=2023-03 is to 2023-03-31).", example = "2024-12",
            schema = @Schema(type = SchemaType.STRING, pattern = PartialDates.PATTERN, maxLength = 10))
    @QueryParam("signedTo")
    public String signedTo;

    @Parameter(description = "CPTS changed at or after this instant: an ISO-8601 date-time with offset, or a date "
            + "(YYYY-MM-DD, YYYY-MM or YYYY) standing for its first instant in UTC. For a full resynchronisation; the "
            + "change feed (/v1/changes) is the exact way to sync.",
            example = "2026-01-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, maxLength = 40))
    @QueryParam("updatedSince")
    public String updatedSince;

    @Parameter(description = "Words of the name, ignoring case, accents, apostrophes and hyphens "
            + "(q=hericourt finds \"CPTS du Pays d'Héricourt\").", example = "hericourt",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
    @QueryParam("q")
    public String q;

    @Parameter(description = "INSEE code of a commune (or municipal district) the CPTS's recorded territory "
            + "covers: which CPTS cover this patient's commune. CPTS whose commune list is not known never match.",
            example = "25056", schema = @Schema(type = SchemaType.STRING, pattern = Codes.COMMUNE_PATTERN, maxLength = 5))
    @QueryParam("commune")
    public String commune;

    @Parameter(description = "Order: name (default, accent-insensitive), -name, aciSignedOn (oldest contract "
            + "first) or -aciSignedOn; ties by id in the same direction, CPTS without a contract last.",
            example = "-aciSignedOn",
            schema = @Schema(type = SchemaType.STRING, defaultValue = "name",
                    enumeration = { "name", "-name", "aciSignedOn", "-aciSignedOn" }))
    @QueryParam("sort")
    public String sort;

    /** The validated filters; every bad one is reported to {@code params}. */
    CptsFilter filter(QueryParameters params, ReferenceGeography geography, MissionService missions) {
        CptsFilter filter = new CptsFilter(
                geography.department(params, "department", department),
                geography.region(params, "region", region),
                params.enumeration("status", status, LifecycleStage.class),
                missionCode(params, missions),
                params.integer("sizeCategory", sizeCategory, 1, 4, null),
                params.dateFrom("signedFrom", signedFrom),
                params.dateTo("signedTo", signedTo),
                params.text("q", q, 1, 100),
                geography.commune(params, "commune", commune),
                instant(params));
        if (filter.signedFrom() != null && filter.signedTo() != null && filter.signedFrom().isAfter(filter.signedTo())) {
            params.reject("signedTo", "must not be before signedFrom");
        }
        return filter;
    }

    /** The requested order; a bad one is reported to {@code params}. */
    CptsSort sort(QueryParameters params) {
        CptsSort order = sort == null ? CptsSort.NAME : CptsSort.fromParam(sort.trim());
        if (order == null) {
            params.reject("sort", "must be one of " + CptsSort.VALUES);
            return CptsSort.NAME;
        }
        return order;
    }

    private String missionCode(QueryParameters params, MissionService missions) {
        String code = params.text("mission", mission == null ? null : mission.toUpperCase(java.util.Locale.ROOT), 1, 40);
        if (code != null && !missions.exists(code)) {
            params.reject("mission", "no mission has code '" + code + "'; see GET /v1/missions");
            return null;
        }
        return code;
    }

    private OffsetDateTime instant(QueryParameters params) {
        if (updatedSince == null) {
            return null;
        }
        String text = updatedSince.trim();
        if (text.length() <= 10) {
            LocalDate day = params.dateFrom("updatedSince", text);
            return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            params.reject("updatedSince", "must be an ISO-8601 date-time with offset (2026-01-01T00:00:00Z) or a date");
            return null;
        }
    }
}
