package fr.cpts.registry.territory;

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

@Path("/v1/cpts/{id}/territory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS")
public class TerritoryResource {

    @Inject
    TerritoryService territories;

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
}
