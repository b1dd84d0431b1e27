package fr.cpts.registry.mission;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.cpts.registry.http.Page;

@Path("/v1/cpts/{id}/missions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS")
public class CptsMissionResource {

    @Inject
    MissionService missions;

    @GET
    @Operation(operationId = "listCptsMissions", summary = "List the missions a CPTS carries",
            description = "The ACI missions the CPTS carries, in catalog order, each with the actions and themes it "
                    + "declares and the source. At most six: a single page, without 'next'.")
    @APIResponse(responseCode = "200", description = "The missions carried.")
    public Page<CptsMission> list(@Parameter(ref = "cptsId") @PathParam("id") String id) {
        return Page.of(missions.carriedBy(id));
    }
}
