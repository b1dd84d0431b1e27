package fr.cpts.registry.territory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.cpts.registry.http.EntityTags;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.security.Roles;

@Path("/v1/cpts/{id}/territory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS")
public class TerritoryResource {

    @Inject
    TerritoryService territories;

    @Inject
    TerritoryCommands commands;

    @GET
    @Operation(operationId = "getCptsTerritory", summary = "Get the territory of a CPTS",
            description = "The communes of the CPTS where the sources make them certain, with how the list was "
                    + "established, the population and commune count computed from the reference geography (INSEE "
                    + "2026) beside the declared ones (flagged beyond 10 % difference), the part in each department and "
                    + "the overlaps with other CPTS. Where no list is known, only the declared figures.")
    @APIResponse(responseCode = "200", description = "The territory.")
    public Territory get(@Parameter(ref = "cptsId") @PathParam("id") String id) {
        return territories.of(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "setCptsTerritory", summary = "Record the communes of a CPTS",
            description = "Records the CPTS's commune list — INSEE codes validated against the reference communes "
                    + "(2026), or the members of an EPCI — with how it was established and its source, and recomputes "
                    + "its population, commune count and size category. Needs If-Match with the CPTS's ETag (this "
                    + "resource's GET has a digest ETag of its own, overlaps included); answers the territory with the "
                    + "CPTS's new ETag. Role cpts-editor or cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TerritoryInput.class),
            examples = @ExampleObject(name = "epci", value = """
                    {"basis": "The communes of the CC du Pays d'Héricourt (EPCI 247000722).", "epci": "247000722",
                     "sourceId": "src_bbdndrjz3kfz"}""")))
    @APIResponse(responseCode = "200", description = "Recorded.")
    public RestResponse<Territory> set(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull TerritoryInput input) {
        Versioned<Territory> territory = commands.set(id, EntityTags.expected(ifMatch), input);
        return EntityTags.ok(territory.value(), territory.version());
    }

    @DELETE
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "clearCptsTerritory", summary = "Forget the communes of a CPTS",
            description = "Forgets the CPTS's commune list: its territory is known by its declared figures only again. "
                    + "Needs If-Match with the CPTS's ETag; answers 204 with the CPTS's new ETag. Role cpts-editor or "
                    + "cpts-admin.")
    @APIResponse(responseCode = "204", description = "Forgotten.")
    public RestResponse<Void> clear(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return RestResponse.ResponseBuilder.<Void>noContent()
                .header(HttpHeaders.ETAG, EntityTags.of(commands.clear(id, EntityTags.expected(ifMatch)))).build();
    }
}
