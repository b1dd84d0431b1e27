package fr.cpts.registry.territory;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.QueryParameters;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territory")
public class GeographyResource {

    @Inject
    ReferenceGeography geography;

    @GET
    @Path("/regions")
    @Operation(operationId = "listRegions", summary = "List regions",
            description = "The 26 French regions and overseas collectivities of the reference geography (INSEE 2026), "
                    + "with their population and commune counts. A fixed list: a single page, without 'next'.")
    @APIResponse(responseCode = "200", description = "The regions.")
    public Page<Region> regions() {
        return Page.of(geography.regions());
    }

    @GET
    @Path("/regions/{code}")
    @Operation(operationId = "getRegion", summary = "Get a region", description = "One region and its departments.")
    @APIResponse(responseCode = "200", description = "The region.")
    public Region region(@Parameter(description = "INSEE region code.", example = "27",
            schema = @Schema(type = SchemaType.STRING, pattern = Codes.REGION_PATTERN, maxLength = 3))
            @PathParam("code") String code) {
        return geography.region(code);
    }

    @GET
    @Path("/departments")
    @Operation(operationId = "listDepartments", summary = "List departments",
            description = "The departments of the reference geography (INSEE 2026), optionally of one region, with "
                    + "their population and commune counts. At most 109: a single page, without 'next'.")
    @APIResponse(responseCode = "200", description = "The departments.")
    public Page<Department> departments(
            @Parameter(description = "INSEE code of a region: its departments only.", example = "27",
                    schema = @Schema(type = SchemaType.STRING, pattern = Codes.REGION_PATTERN, maxLength = 3))
            @QueryParam("region") String region) {
        QueryParameters params = new QueryParameters();
        String regionCode = geography.region(params, "region", region);
        params.validate();
        return Page.of(geography.departments(regionCode));
    }

    @GET
    @Path("/departments/{code}")
    @Operation(operationId = "getDepartment", summary = "Get a department", description = "One department.")
    @APIResponse(responseCode = "200", description = "The department.")
    public Department department(@Parameter(description = "INSEE department code (2a is 2A).", example = "25",
            schema = @Schema(type = SchemaType.STRING, pattern = Codes.DEPARTMENT_PATTERN, maxLength = 3))
            @PathParam("code") String code) {
        return geography.department(code);
    }
}
