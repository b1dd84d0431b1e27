package fr.cpts.registry.territory;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.cpts.registry.http.QueryParameters;

@Path("/v1/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territory")
public class CoverageResource {

    @Inject
    CoverageService coverage;

    @Inject
    ReferenceGeography geography;

    @GET
    @Operation(operationId = "getCoverage", summary = "Get CPTS coverage of the country, a region or a department",
            description = "CPTS per lifecycle stage, the population covered by operating CPTS whose commune list is "
                    + "known and its share, the units and population covered by none of them, overlaps, and the "
                    + "operating CPTS whose commune list is not known with their declared population — for the whole "
                    + "country (no parameter), a region (broken down by department) or a department.")
    @APIResponse(responseCode = "200", description = "The coverage.")
    public Coverage get(
            @Parameter(description = "INSEE region code.", example = "27",
                    schema = @Schema(type = SchemaType.STRING, pattern = Codes.REGION_PATTERN, maxLength = 3))
            @QueryParam("region") String region,
            @Parameter(description = "INSEE department code (not with region).", example = "25",
                    schema = @Schema(type = SchemaType.STRING, pattern = Codes.DEPARTMENT_PATTERN, maxLength = 3))
            @QueryParam("department") String department) {
        QueryParameters params = new QueryParameters();
        String regionCode = geography.region(params, "region", region);
        String departmentCode = geography.department(params, "department", department);
        if (region != null && department != null) {
            params.reject("department", "give region or department, not both");
        }
        params.validate();
        return coverage.of(regionCode, departmentCode);
    }
}
