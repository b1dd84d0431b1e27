package fr.cpts.registry.membership;

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

@Path("/v1/cpts/{id}/membership")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS")
public class MembershipResource {

    @Inject
    MembershipService membership;

    @GET
    @Operation(operationId = "getCptsMembership", summary = "Get the membership of a CPTS",
            description = "The latest membership count of the CPTS and its history (newest first): number of members "
                    + "with its precision (EXACT, AT_LEAST, ABOUT), what is counted, professions, member establishments, "
                    + "as-of date and source.")
    @APIResponse(responseCode = "200", description = "The membership.")
    public Membership get(@Parameter(ref = "cptsId") @PathParam("id") String id) {
        return membership.of(id);
    }
}
