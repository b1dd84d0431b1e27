package fr.cpts.registry.mission;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.cpts.registry.http.Page;

@Path("/v1/missions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Missions")
public class MissionResource {

    @Inject
    MissionService missions;

    @GET
    @Operation(operationId = "listMissions", summary = "List the ACI missions",
            description = "The six missions of the ACI CPTS (avenant 2, December 2021) in catalog order: four SOCLE "
                    + "missions every CPTS carries and two OPTIONAL ones, with their official French labels and the "
                    + "months after signature to start and to fully deploy them. A fixed catalog: a single page, "
                    + "without 'next'.")
    @APIResponse(responseCode = "200", description = "The catalog.")
    public Page<Mission> list() {
        return Page.of(missions.catalog());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getMission", summary = "Get an ACI mission",
            description = "One mission of the catalog by its code.")
    @APIResponse(responseCode = "200", description = "The mission.")
    public Mission get(@Parameter(description = "Mission code (case is ignored).", example = "PREVENTION",
            schema = @Schema(type = SchemaType.STRING, maxLength = 40, pattern = "^[A-Za-z_]+$"))
            @PathParam("code") String code) {
        return missions.get(code.toUpperCase(java.util.Locale.ROOT));
    }
}
