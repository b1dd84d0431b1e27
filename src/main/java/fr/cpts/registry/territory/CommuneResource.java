package fr.cpts.registry.territory;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.QueryParameters;
import fr.cpts.registry.http.RawJson;

@Path("/v1/communes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territory", description = "Reference geography (INSEE 2026), CPTS territories and coverage.")
public class CommuneResource {

    @Inject
    CommuneService communes;

    @Inject
    ReferenceGeography geography;

    @GET
    @Operation(operationId = "listCommunes", summary = "Find communes",
            description = "Communes and municipal districts matching every given filter — a postal code, words of the "
                    + "name (ignoring case, accents, apostrophes and hyphens), a department — by name, one page at a "
                    + "time, each with the CPTS whose recorded territory covers it.")
    @APIResponse(responseCode = "200", description = "A page of communes.")
    public Page<CommuneSummary> list(
            @Parameter(description = "A postal code of the commune.", example = "25000",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{5}$", maxLength = 5))
            @QueryParam("postalCode") String postalCode,
            @Parameter(description = "Words of the name (q=besancon finds Besançon).", example = "besancon",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
            @QueryParam("q") String q,
            @Parameter(description = "INSEE code of the commune's department.", example = "25",
                    schema = @Schema(type = SchemaType.STRING, pattern = Codes.DEPARTMENT_PATTERN, maxLength = 3))
            @QueryParam("department") String department,
            @Parameter(ref = "limit") @QueryParam("limit") String limit,
            @Parameter(ref = "cursor") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        String postal = params.matching("postalCode", postalCode, Codes.POSTAL_CODE, Codes.POSTAL_CODE_FORMAT);
        String name = params.text("q", q, 1, 100);
        String departmentCode = geography.department(params, "department", department);
        PageRequest page = PageRequest.parse(params, limit, cursor, CommuneService.SORT, uri);
        params.validate();
        return communes.list(postal, name, departmentCode, page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCommune", summary = "Get a commune and the CPTS covering it",
            description = "A commune or municipal district by INSEE code: department, region, population, postal codes, "
                    + "EPCI, districts, former communes, and the CPTS whose recorded territory covers it. The code of a "
                    + "former commune (commune déléguée or associée) gets a 404 naming the current commune.")
    @APIResponse(responseCode = "200", description = "The commune.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Commune.class)))
    public RawJson get(@Parameter(description = "INSEE commune code.", example = "25056",
            schema = @Schema(type = SchemaType.STRING, pattern = Codes.COMMUNE_PATTERN, maxLength = 5))
            @PathParam("code") String code) {
        return new RawJson(communes.get(Codes.canonical(code)));
    }
}
