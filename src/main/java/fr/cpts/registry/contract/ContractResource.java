package fr.cpts.registry.contract;

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

@Path("/v1/cpts/{id}/contract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS")
public class ContractResource {

    @Inject
    ContractService contracts;

    @GET
    @Operation(operationId = "getCptsContract", summary = "Get the ACI contract of a CPTS",
            description = "The signature date and place, the signatories (ARS, CPAM, MSA, the CPTS...) and the end date "
                    + "(signature + 5 years) of the CPTS's ACI contract, with the source reporting it. "
                    + "404 when the CPTS is unknown or has no recorded contract.")
    @APIResponse(responseCode = "200", description = "The contract.")
    public Contract get(@Parameter(ref = "cptsId") @PathParam("id") String id) {
        return contracts.get(id);
    }
}
