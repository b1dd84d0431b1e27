package fr.cpts.registry.source;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.QueryParameters;

@Path("/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The documents every fact comes from.")
public class SourceResource {

    @Inject
    SourceService sources;

    @GET
    @Operation(operationId = "listSources", summary = "List sources",
            description = "Every source document (press releases, articles), oldest publication first, one page at a "
                    + "time.")
    @APIResponse(responseCode = "200", description = "A page of sources.")
    public Page<Source> list(@Parameter(ref = "limit") @QueryParam("limit") String limit,
            @Parameter(ref = "cursor") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        PageRequest page = PageRequest.parse(params, limit, cursor, SourceService.SORT);
        params.validate();
        return sources.list(page, uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get a source",
            description = "One source document: title, publisher (and how it was established), publication date, "
                    + "file name in the seed archive.")
    @APIResponse(responseCode = "200", description = "The source.")
    public Source get(@Parameter(description = "Source id.", example = "src_bbdndrjz3kfz",
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 32)) @PathParam("id") String id) {
        return sources.get(id);
    }
}
