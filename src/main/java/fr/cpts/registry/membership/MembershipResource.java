package fr.cpts.registry.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import fr.cpts.registry.http.Links;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.security.Roles;

@Path("/v1/cpts/{id}/membership")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS")
public class MembershipResource {

    @Inject
    MembershipService membership;

    @Inject
    MembershipCommands commands;

    @GET
    @Operation(operationId = "getCptsMembership", summary = "Get the membership of a CPTS",
            description = "The latest membership count of the CPTS and its history (newest first): number of members "
                    + "with its precision (EXACT, AT_LEAST, ABOUT), what is counted, professions, member establishments, "
                    + "as-of date and source.")
    @APIResponse(responseCode = "200", description = "The membership.")
    @TaggedByVersion
    public RestResponse<Membership> get(@Parameter(ref = "cptsId") @PathParam("id") String id) {
        Versioned<Membership> current = membership.of(id);
        return EntityTags.ok(current.value(), current.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "recordCptsMembership", summary = "Record a membership count of a CPTS",
            description = "Appends a dated membership count with its precision and source; earlier counts stay in the "
                    + "history, the latest by date becomes the current one. Needs If-Match with the CPTS's ETag; "
                    + "answers 201 with the membership and the CPTS's new ETag. Role cpts-editor or cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MembershipInput.class),
            examples = @ExampleObject(name = "count", value = """
                    {"asOf": "2025-01-15", "members": {"value": 64, "precision": "EXACT"}, "counted": "adhérents",
                     "professions": ["médecins généralistes", "infirmiers"], "sourceId": "src_bbdndrjz3kfz"}""")))
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Membership.class)))
    public RestResponse<Membership> record(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull MembershipInput input) {
        Versioned<Membership> recorded = commands.record(id, EntityTags.expected(ifMatch), input);
        return EntityTags.created(recorded.value(), recorded.version(), Links.member("/v1/cpts", id) + "/membership");
    }
}
