package fr.cpts.registry.mission;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import fr.cpts.registry.http.TaggedByVersion;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.security.Roles;

@Path("/v1/cpts/{id}/missions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS")
public class CptsMissionResource {

    @Inject
    MissionService missions;

    @Inject
    MissionCommands commands;

    @GET
    @Operation(operationId = "listCptsMissions", summary = "List the missions a CPTS carries",
            description = "The ACI missions the CPTS carries, in catalog order, each with the actions and themes it "
                    + "declares and the source. At most six: a single page, without 'next'.")
    @APIResponse(responseCode = "200", description = "The missions carried.")
    @TaggedByVersion
    public RestResponse<Page<CptsMission>> list(@Parameter(ref = "cptsId") @PathParam("id") String id) {
        return ok(missions.carriedBy(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "setCptsMissions", summary = "Record the missions a CPTS carries",
            description = "Replaces the list of missions the CPTS carries, each with its declared actions and source. "
                    + "Needs If-Match with the CPTS's ETag; answers the missions with the CPTS's new ETag. Role "
                    + "cpts-editor or cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MissionsInput.class),
            examples = @ExampleObject(name = "access", value = """
                    {"items": [{"mission": "ACCESS_TO_CARE", "actions": ["Favoriser l’accès à un médecin traitant"],
                                "sourceId": "src_bbdndrjz3kfz"}]}""")))
    @APIResponse(responseCode = "200", description = "Recorded.")
    public RestResponse<Page<CptsMission>> set(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull MissionsInput input) {
        return ok(commands.set(id, EntityTags.expected(ifMatch), input));
    }

    private static RestResponse<Page<CptsMission>> ok(Versioned<List<CptsMission>> missions) {
        return EntityTags.ok(Page.of(missions.value()), missions.version());
    }
}
