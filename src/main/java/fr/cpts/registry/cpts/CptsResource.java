package fr.cpts.registry.cpts;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import fr.cpts.registry.http.EntityTags;
import fr.cpts.registry.http.TaggedByVersion;
import fr.cpts.registry.http.Links;
import fr.cpts.registry.http.MergePatch;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.QueryParameters;
import fr.cpts.registry.http.RawJson;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.mission.MissionService;
import fr.cpts.registry.security.Roles;
import fr.cpts.registry.territory.ReferenceGeography;

@Path("/v1/cpts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS", description = "The CPTS, their lifecycle, contract, missions and membership.")
public class CptsResource {

    static final String CREATE_EXAMPLE = """
            {"name": "CPTS du Val de Saône", "region": "27", "departments": ["70"],
             "declaredPopulation": {"value": 35000, "precision": "ABOUT", "sourceId": "src_bbdndrjz3kfz"},
             "mentions": [{"sourceId": "src_bbdndrjz3kfz", "quote": "CPTS du Val de Saône"}]}""";

    /** What a page of CPTS is, for the contract: its summaries are sent as the read model stored them. */
    @Schema(name = "PageCptsSummary")
    record SummaryPage(List<CptsSummary> items, String next) {
    }

    @Inject
    CptsService cpts;

    @Inject
    CptsCommands commands;

    @Inject
    MissionService missions;

    @Inject
    ReferenceGeography geography;

    @GET
    @Operation(operationId = "listCpts", summary = "List CPTS",
            description = "CPTS matching every given filter, in the requested order, one page at a time: follow 'next' "
                    + "(absent on the last page) to read on; the cursor it carries keeps its position when CPTS are "
                    + "added or changed between pages. Every matching CPTS at once, in one streamed file: "
                    + "GET /v1/exports/cpts.csv or /v1/exports/cpts.ndjson. Unknown and repeated parameters are "
                    + "rejected.")
    @APIResponse(responseCode = "200", description = "A page of CPTS.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryPage.class)))
    public Page<RawJson> list(@BeanParam CptsQuery query,
            @Parameter(ref = "limit") @QueryParam("limit") String limit,
            @Parameter(ref = "cursor") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        CptsSort order = query.sort(params);
        CptsFilter filter = query.filter(params, geography, missions);
        PageRequest page = PageRequest.parse(params, limit, cursor, order.param, uri);
        params.validate();
        return cpts.list(filter, order, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCpts", summary = "Get a CPTS",
            description = "Every fact the sources give about the CPTS, each with its source: lifecycle dates, launch, "
                    + "declared population and communes with their precision, territory, size category, ACI contract, "
                    + "missions and actions, latest membership, partners, governance, indicators, priority populations. "
                    + "Its ETag is the CPTS's version: send it in If-Match to update it or any of its parts. A deleted "
                    + "CPTS answers 410.")
    @APIResponse(responseCode = "200", description = "The CPTS.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CptsDetail.class)))
    @TaggedByVersion
    public RestResponse<RawJson> get(@Parameter(ref = "cptsId") @PathParam("id") String id) {
        Versioned<byte[]> detail = cpts.get(id);
        return EntityTags.ok(new RawJson(detail.value()), detail.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "createCpts", summary = "Create a CPTS",
            description = "Records a new CPTS from its editable facts, each naming its source. Answers 201 with its "
                    + "Location, its representation and its ETag. Its lifecycle, contract, missions, membership and "
                    + "territory are then written through their own operations. Role cpts-editor or cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CptsInput.class),
            examples = @ExampleObject(name = "minimal", summary = "A CPTS named by a press release",
                    value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CptsDetail.class)))
    public RestResponse<RawJson> create(@NotNull CptsInput input) {
        CptsWrite.Committed created = commands.create(input);
        return EntityTags.created(new RawJson(created.json()), created.version(),
                Links.member("/v1/cpts", created.detail().id()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "replaceCpts", summary = "Replace the editable facts of a CPTS",
            description = "Replaces every editable fact of the CPTS (omitted lists become empty, omitted objects null). "
                    + "Needs If-Match with its current ETag. Role cpts-editor or cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CptsInput.class),
            examples = @ExampleObject(name = "replace", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CptsDetail.class)))
    public RestResponse<RawJson> replace(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull CptsInput input) {
        return ok(commands.replace(id, EntityTags.expected(ifMatch), input));
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "patchCpts", summary = "Update some editable facts of a CPTS",
            description = "Applies a JSON Merge Patch (RFC 7386, application/merge-patch+json) to the CPTS's editable "
                    + "facts as PUT takes them: members set to null are removed, objects are merged, arrays replaced. "
                    + "The result must be valid. Needs If-Match with its current ETag. Role cpts-editor or cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "A JSON Merge Patch of a CptsInput."),
            examples = @ExampleObject(name = "population", summary = "A new declared population",
                    value = "{\"declaredPopulation\": {\"value\": 22000, \"precision\": \"ABOUT\", "
                            + "\"sourceId\": \"src_bbdndrjz3kfz\"}}")))
    @APIResponse(responseCode = "200", description = "Updated.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CptsDetail.class)))
    public RestResponse<RawJson> patch(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull JsonNode patch) throws JsonProcessingException {
        return ok(commands.patch(id, EntityTags.expected(ifMatch), patch));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "deleteCpts", summary = "Delete a CPTS",
            description = "Removes the CPTS for readers (it then answers 410 and leaves lists, lookups and coverage); "
                    + "its history stays and the change feed keeps a tombstone. Records a mistake, not a dissolution: "
                    + "a dissolved CPTS gets the DISSOLVED lifecycle stage. Needs If-Match. Role cpts-admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        commands.remove(id, EntityTags.expected(ifMatch));
    }

    @POST
    @Path("/{id}/lifecycle")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "recordCptsLifecycleStage", summary = "Record a lifecycle stage of a CPTS",
            description = "Records that the CPTS reached a stage, with its date and source, and makes it its status. "
                    + "Legal moves go forward (PRE_PROJECT, LETTER_OF_INTENT_VALIDATED, HEALTH_PROJECT_VALIDATED, "
                    + "ACI_SIGNED), stages may be skipped, and DISSOLVED may follow any stage; anything else is a 409. "
                    + "Needs If-Match with the CPTS's ETag. Role cpts-editor or cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LifecycleInput.class),
            examples = @ExampleObject(name = "dissolution", value = "{\"stage\": \"DISSOLVED\", \"date\": "
                    + "\"2025-06\", \"datePrecision\": \"MONTH\", \"sourceId\": \"src_bbdndrjz3kfz\"}")))
    @APIResponse(responseCode = "200", description = "Recorded; the CPTS with its new status.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CptsDetail.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<RawJson> recordStage(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull LifecycleInput input) {
        return ok(commands.recordStage(id, EntityTags.expected(ifMatch), input));
    }

    /** The representation as the write stored it: sent as those bytes, not serialized again. */
    private static RestResponse<RawJson> ok(CptsWrite.Committed written) {
        return EntityTags.ok(new RawJson(written.json()), written.version());
    }
}
