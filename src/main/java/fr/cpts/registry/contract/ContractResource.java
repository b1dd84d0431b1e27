package fr.cpts.registry.contract;

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
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.security.Roles;

@Path("/v1/cpts/{id}/contract")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS")
public class ContractResource {

    @Inject
    ContractService contracts;

    @Inject
    ContractCommands commands;

    @GET
    @Operation(operationId = "getCptsContract", summary = "Get the ACI contract of a CPTS",
            description = "The signature date and place, the signatories (ARS, CPAM, MSA, the CPTS...) and the end date "
                    + "(signature + 5 years) of the CPTS's ACI contract, with the source reporting it. "
                    + "404 when the CPTS is unknown or has no recorded contract.")
    @APIResponse(responseCode = "200", description = "The contract.")
    @TaggedByVersion
    public RestResponse<Contract> get(@Parameter(ref = "cptsId") @PathParam("id") String id) {
        Versioned<Contract> contract = contracts.get(id);
        return EntityTags.ok(contract.value(), contract.version());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "setCptsContract", summary = "Record the ACI contract of a CPTS",
            description = "Records or replaces the CPTS's ACI contract: signature date and place, signatories, source. "
                    + "When the CPTS has not reached ACI_SIGNED, the signature also records that lifecycle stage. "
                    + "Needs If-Match with the CPTS's ETag; answers the contract with the CPTS's new ETag. Role "
                    + "cpts-editor or cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContractInput.class),
            examples = @ExampleObject(name = "tripartite", value = """
                    {"signedOn": "2024-04-19", "signedOnPrecision": "DAY", "signedPlace": "Héricourt",
                     "signatories": [{"kind": "CPTS", "name": "CPTS du Pays d'Héricourt"},
                                     {"kind": "ARS", "name": "ARS Bourgogne-Franche-Comté"},
                                     {"kind": "CPAM", "name": "CPAM de Haute-Saône"},
                                     {"kind": "MSA", "name": "MSA de Franche-Comté"}],
                     "sourceId": "src_bbdndrjz3kfz"}""")))
    @APIResponse(responseCode = "200", description = "Recorded.")
    public RestResponse<Contract> set(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ContractInput input) {
        Versioned<Contract> contract = commands.set(id, EntityTags.expected(ifMatch), input);
        return EntityTags.ok(contract.value(), contract.version());
    }
}
