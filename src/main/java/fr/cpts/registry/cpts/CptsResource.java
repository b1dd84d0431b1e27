package fr.cpts.registry.cpts;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.QueryParameters;
import fr.cpts.registry.mission.MissionService;
import fr.cpts.registry.territory.ReferenceGeography;

@Path("/v1/cpts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS", description = "The CPTS, their lifecycle, contract, missions and membership.")
public class CptsResource {

    @Inject
    CptsService cpts;

    @Inject
    MissionService missions;

    @Inject
    ReferenceGeography geography;

    @GET
    @Operation(operationId = "listCpts", summary = "List CPTS",
            description = "CPTS matching every given filter, in the requested order, one page at a time. Follow "
                    + "'next' (absent on the last page) to read on: the cursor it carries keeps its position when CPTS "
                    + "are added or changed between pages. Unknown parameters and repeated parameters are rejected.")
    @APIResponse(responseCode = "200", description = "A page of CPTS.")
    public Page<CptsSummary> list(
            @Parameter(description = "INSEE code of a department the CPTS is in.", example = "25",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^(\\d{2}|2[AB]|9[78]\\d)$", maxLength = 3))
            @QueryParam("department") String department,
            @Parameter(description = "INSEE code of the CPTS's region.", example = "27",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{2}$", maxLength = 2))
            @QueryParam("region") String region,
            @Parameter(description = "Lifecycle stage the CPTS is at. CPTS whose status no source establishes match "
                    + "no status.", example = "ACI_SIGNED", schema = @Schema(implementation = LifecycleStage.class))
            @QueryParam("status") String status,
            @Parameter(description = "Code of a mission the CPTS carries (see GET /v1/missions).", example = "PREVENTION",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                            enumeration = { "ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION", "HEALTH_CRISIS_RESPONSE",
                                    "QUALITY_AND_RELEVANCE", "PROFESSIONAL_SUPPORT" }))
            @QueryParam("mission") String mission,
            @Parameter(description = "ACI size category (1 < 40,000 ≤ 2 < 80,000 ≤ 3 < 175,000 ≤ 4 inhabitants).",
                    example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "4"))
            @QueryParam("sizeCategory") String sizeCategory,
            @Parameter(description = "ACI contracts signed on or after this date (ISO-8601). A date known to the month "
                    + "only compares as the first day of that month.", example = "2023-01-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("signedFrom") String signedFrom,
            @Parameter(description = "ACI contracts signed on or before this date (ISO-8601).", example = "2024-12-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("signedTo") String signedTo,
            @Parameter(description = "Words of the name, ignoring case, accents, apostrophes and hyphens "
                    + "(q=hericourt finds \"CPTS du Pays d'Héricourt\").", example = "hericourt",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
            @QueryParam("q") String q,
            @Parameter(description = "INSEE code of a commune (or municipal district) the CPTS's recorded territory "
                    + "covers: which CPTS cover this patient's commune. CPTS whose commune list is not known never match.",
                    example = "25056", schema = @Schema(type = SchemaType.STRING, pattern = "^(\\d{5}|2[AB]\\d{3})$",
                            maxLength = 5))
            @QueryParam("commune") String commune,
            @Parameter(description = "Order: name (default, accent-insensitive), -name, aciSignedOn (oldest contract "
                    + "first) or -aciSignedOn; ties by id, CPTS without a contract last.", example = "-aciSignedOn",
                    schema = @Schema(type = SchemaType.STRING, defaultValue = "name",
                            enumeration = { "name", "-name", "aciSignedOn", "-aciSignedOn" }))
            @QueryParam("sort") String sort,
            @Parameter(ref = "limit") @QueryParam("limit") String limit,
            @Parameter(ref = "cursor") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        CptsSort order = sort == null ? CptsSort.NAME : CptsSort.fromParam(sort.trim());
        if (order == null) {
            params.reject("sort", "must be one of " + CptsSort.VALUES);
            order = CptsSort.NAME;
        }
        CptsFilter filter = new CptsFilter(
                geography.department(params, "department", department),
                geography.region(params, "region", region),
                params.enumeration("status", status, LifecycleStage.class),
                missionCode(params, mission),
                params.integer("sizeCategory", sizeCategory, 1, 4, null),
                params.date("signedFrom", signedFrom),
                params.date("signedTo", signedTo),
                params.text("q", q, 1, 100),
                geography.commune(params, "commune", commune));
        if (filter.signedFrom() != null && filter.signedTo() != null && filter.signedFrom().isAfter(filter.signedTo())) {
            params.reject("signedTo", "must not be before signedFrom");
        }
        PageRequest page = PageRequest.parse(params, limit, cursor, order.param);
        params.validate();
        return cpts.list(filter, order, page, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCpts", summary = "Get a CPTS",
            description = "Every fact the sources give about the CPTS, each with its source: lifecycle dates, launch, "
                    + "declared population and communes with their precision, size category, ACI contract, missions "
                    + "and actions, latest membership, partners, governance, indicators, priority populations.")
    @APIResponse(responseCode = "200", description = "The CPTS.")
    public CptsDetail get(@Parameter(ref = "cptsId") @PathParam("id") String id) {
        return cpts.get(id);
    }

    private String missionCode(QueryParameters params, String raw) {
        String code = params.text("mission", raw, 1, 40);
        if (code != null && !missions.exists(code)) {
            params.reject("mission", "no mission has code '" + code + "'; see GET /v1/missions");
            return null;
        }
        return code;
    }
}
