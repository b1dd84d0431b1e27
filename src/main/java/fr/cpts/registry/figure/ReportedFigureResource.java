package fr.cpts.registry.figure;

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
import fr.cpts.registry.territory.Codes;
import fr.cpts.registry.territory.ReferenceGeography;

@Path("/v1/reported-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reported figures", description = "Regional, departmental and area counts as the sources report them.")
public class ReportedFigureResource {

    @Inject
    ReportedFigureService figures;

    @Inject
    ReferenceGeography geography;

    @GET
    @Operation(operationId = "listReportedFigures", summary = "List reported figures",
            description = "Counts of CPTS by area as the sources report them, dated and sourced (e.g. Bourgogne-"
                    + "Franche-Comté: 2 CPTS constituted and 25 projects on 2020-10-02). Oldest first, one page at a "
                    + "time. These are the sources' figures, not computed from the registry's records.")
    @APIResponse(responseCode = "200", description = "A page of figures.")
    public Page<ReportedFigure> list(
            @Parameter(description = "INSEE region code: figures about the region or an area inside it.", example = "27",
                    schema = @Schema(type = SchemaType.STRING, pattern = Codes.REGION_PATTERN, maxLength = 3))
            @QueryParam("region") String region,
            @Parameter(description = "INSEE department code: figures about that department.", example = "25",
                    schema = @Schema(type = SchemaType.STRING, pattern = Codes.DEPARTMENT_PATTERN, maxLength = 3))
            @QueryParam("department") String department,
            @Parameter(description = "What is counted.", example = "CPTS_OPERATING",
                    schema = @Schema(implementation = FigureMetric.class))
            @QueryParam("metric") String metric,
            @Parameter(ref = "limit") @QueryParam("limit") String limit,
            @Parameter(ref = "cursor") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        String regionCode = geography.region(params, "region", region);
        String departmentCode = geography.department(params, "department", department);
        FigureMetric metricValue = params.enumeration("metric", metric, FigureMetric.class);
        PageRequest page = PageRequest.parse(params, limit, cursor, ReportedFigureService.SORT, uri);
        params.validate();
        return figures.list(regionCode, departmentCode, metricValue, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReportedFigure", summary = "Get a reported figure", description = "One reported figure.")
    @APIResponse(responseCode = "200", description = "The figure.")
    public ReportedFigure get(@Parameter(description = "Figure id.", example = "fig_f4hsx3a0capx",
            schema = @Schema(type = SchemaType.STRING, maxLength = 32, pattern = "^[A-Za-z0-9_-]+$")) @PathParam("id")
            String id) {
        return figures.get(id);
    }
}
