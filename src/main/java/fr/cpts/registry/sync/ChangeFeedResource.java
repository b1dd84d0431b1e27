package fr.cpts.registry.sync;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.NoCache;

import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Links;
import fr.cpts.registry.http.QueryParameters;

@Path("/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "Change feed and exports, for partners keeping a copy of the registry.")
public class ChangeFeedResource {

    public static final int MAX_LIMIT = 1000;

    @Inject
    ChangeFeedService feed;

    @GET
    @NoCache
    @Operation(operationId = "listChanges", summary = "Read the change feed",
            description = "Every committed write after the cursor given in 'since' (from the beginning without it), "
                    + "oldest first: creations, updates and deletions (tombstones) of CPTS and sources, each with the "
                    + "version it produced, its ETag and the URL of the representation. Resume from 'cursor' (or "
                    + "follow 'next'): a poller never misses a change nor sees one twice, even while writers commit "
                    + "concurrently — a change appears once every transaction that began before it has ended. The "
                    + "history is kept: no time window. Start a copy from a full export (its Changes-Cursor header "
                    + "gives the feed position it includes) or from the beginning.")
    @APIResponse(responseCode = "200", description = "A page of changes.")
    public ChangeFeedPage list(
            @Parameter(description = "The cursor to resume from, as returned in 'cursor', 'next' or an export's "
                    + "Changes-Cursor header; absent: from the first change.",
                    example = "eyJzb3J0IjoiZmVlZCIsImtleSI6Ijc0MiIsImlkIjoiMjEifQ",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 1024, pattern = "^[A-Za-z0-9_-]+$"))
            @QueryParam("since") String since,
            @Parameter(description = "Changes per page, from 1 to 1000.", example = "100",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000",
                            defaultValue = "100"))
            @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        QueryParameters params = new QueryParameters();
        int size = params.integer("limit", limit, 1, MAX_LIMIT, 100);
        Cursor cursor = Cursor.decode(params, "since", since, ChangeFeedService.SORT);
        if (cursor != null && (cursor.key() == null || !cursor.key().matches("\\d{1,19}")
                || !cursor.id().matches("\\d{1,19}"))) {
            params.reject("since", "is not a cursor issued by this API");
        }
        params.validate();
        return feed.after(cursor, size, position -> Links.withParameter(uri, "since", position));
    }
}
