package fr.cpts.registry.sync;

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

@Path("/v1/cpts/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CPTS")
public class HistoryResource {

    @Inject
    HistoryService history;

    @GET
    @Operation(operationId = "getCptsHistory", summary = "Get the history of a CPTS",
            description = "Every write to the CPTS, newest first, one page at a time: the version it produced, the "
                    + "operation, when, who (the token subject), and the fields of the representation it changed "
                    + "with their values before and after. Kept after a deletion. Records loaded by the migrations "
                    + "appear as CREATED by 'migration'.")
    @APIResponse(responseCode = "200", description = "A page of the history.")
    public Page<HistoryEntry> list(@Parameter(ref = "cptsId") @PathParam("id") String id,
            @Parameter(ref = "limit") @QueryParam("limit") String limit,
            @Parameter(ref = "cursor") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        PageRequest page = PageRequest.parse(params, limit, cursor, HistoryService.SORT, uri);
        params.validate();
        return history.ofCpts(id, page);
    }
}
