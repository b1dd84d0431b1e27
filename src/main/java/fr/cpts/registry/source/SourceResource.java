package fr.cpts.registry.source;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import fr.cpts.registry.http.Links;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.QueryParameters;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.security.Roles;

@Path("/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The documents every fact comes from.")
public class SourceResource {

    static final String EXAMPLE = """
            {"kind": "PRESS_RELEASE", "title": "Une communauté professionnelle territoriale de santé pour le Val de Saône",
             "publisher": "ARS Bourgogne-Franche-Comté", "publishedOn": "2025-01-15", "language": "fr"}""";

    @Inject
    SourceService sources;

    @Inject
    SourceCommands commands;

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Every source document (press releases, articles), oldest publication first, one page at a "
                    + "time.")
    @APIResponse(responseCode = "200", description = "A page of sources.")
    public Page<Source> list(@Parameter(ref = "limit") @QueryParam("limit") String limit,
            @Parameter(ref = "cursor") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        PageRequest page = PageRequest.parse(params, limit, cursor, SourceService.SORT, uri);
        params.validate();
        return sources.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get a source",
            description = "One source document: title, publisher (and how it was established), publication date, "
                    + "file name in the seed archive. Its ETag is its version, for If-Match on updates.")
    @APIResponse(responseCode = "200", description = "The source.")
    public RestResponse<Source> get(@Parameter(ref = "sourceId") @PathParam("id") String id) {
        return ok(sources.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "createSource", summary = "Record a source",
            description = "Records a source document that facts can then cite. Answers 201 with its Location and ETag. "
                    + "Role cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceInput.class),
            examples = @ExampleObject(name = "release", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Source.class)))
    public RestResponse<Source> create(@NotNull SourceInput input) {
        Versioned<Source> created = commands.create(input);
        return EntityTags.created(created.value(), created.version(),
                Links.member("/v1/sources", created.value().id()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "replaceSource", summary = "Correct a source",
            description = "Replaces the record of a source document. Every CPTS citing it gets a new version (and a "
                    + "SOURCE_UPDATED change), as its representation shows the source. Needs If-Match with the "
                    + "source's ETag. Role cpts-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SourceInput.class),
            examples = @ExampleObject(name = "release", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replaced.")
    public RestResponse<Source> replace(@Parameter(ref = "sourceId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull SourceInput input) {
        return ok(commands.replace(id, EntityTags.expected(ifMatch), input));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = Roles.BEARER)
    @Operation(operationId = "deleteSource", summary = "Delete a source no fact cites",
            description = "Deletes a source that no fact cites (409 otherwise). Needs If-Match with the source's ETag. "
                    + "Role cpts-admin.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void delete(@Parameter(ref = "sourceId") @PathParam("id") String id,
            @Parameter(ref = "IfMatch") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        commands.remove(id, EntityTags.expected(ifMatch));
    }

    private static RestResponse<Source> ok(Versioned<Source> source) {
        return EntityTags.ok(source.value(), source.version());
    }
}
