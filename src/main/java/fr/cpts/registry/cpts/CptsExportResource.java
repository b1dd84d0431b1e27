package fr.cpts.registry.cpts;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.cpts.registry.http.Links;
import fr.cpts.registry.http.QueryParameters;
import fr.cpts.registry.mission.MissionService;
import fr.cpts.registry.territory.ReferenceGeography;
import io.vertx.ext.web.RoutingContext;

/**
 * Full exports of the CPTS list, one operation per format so that each has a single media type: every CPTS the
 * filters of GET /v1/cpts select, streamed, with the change-feed position they include.
 */
@Path("/v1/exports")
@Tag(name = "Sync")
public class CptsExportResource {

    private static final String EXPORTS = " Every CPTS matching the filters of GET /v1/cpts (same parameters, same order, "
            + "no paging) in one streamed response, in constant memory on the server. The Changes-Cursor header gives "
            + "the change-feed position the export includes: resume /v1/changes from it to keep the copy current. "
            + "Cache-Control: no-cache (revalidate with the ETag: a 304 costs nothing). A replica streams at most "
            + "cpts.export.max-concurrent exports at once (default 2): beyond, 503 with Retry-After.";
    private static final String CHANGES_CURSOR = "The change-feed cursor the export includes; resume /v1/changes "
            + "from it.";

    @Inject
    CptsExport export;

    @Inject
    MissionService missions;

    @Inject
    ReferenceGeography geography;

    @GET
    @Path("/cpts.csv")
    @Produces(CptsExport.CSV)
    @Operation(operationId = "exportCptsCsv", summary = "Export CPTS as CSV",
            description = "RFC 4180 CSV, UTF-8 with a byte order mark so that spreadsheets read the accents, a header "
                    + "row, the fields of CptsSummary flattened (lists joined with ';')." + EXPORTS)
    @APIResponse(responseCode = "200", description = "The CSV file (Content-Disposition: attachment; filename=cpts.csv).",
            content = @Content(mediaType = CptsExport.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "CSV: " + CptsCsvRow.HEADER, maxLength = 100000000),
                    example = CptsCsvRow.HEADER + "\n" + CptsCsvRow.EXAMPLE + "\n"),
            headers = @Header(name = CptsExport.CHANGES_CURSOR, description = CHANGES_CURSOR,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)))
    public Response csv(@BeanParam CptsQuery query, @Context UriInfo uri, @Context RoutingContext routing,
            @Parameter(ref = "IfNoneMatch") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return export(query, uri, routing, ifNoneMatch, export::csv);
    }

    @GET
    @Path("/cpts.ndjson")
    @Produces(CptsExport.NDJSON)
    @Operation(operationId = "exportCptsNdjson", summary = "Export CPTS as NDJSON",
            description = "Newline-delimited JSON: one full representation per line, as GET /v1/cpts/{id} answers it."
                    + EXPORTS)
    @APIResponse(responseCode = "200", description = "The NDJSON file (Content-Disposition: attachment; "
            + "filename=cpts.ndjson).", content = @Content(mediaType = CptsExport.NDJSON, schema = @Schema(
                    type = SchemaType.STRING, maxLength = 1000000000, description = "One Cpts object (JSON) per line.")),
            headers = @Header(name = CptsExport.CHANGES_CURSOR, description = CHANGES_CURSOR,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)))
    public Response ndjson(@BeanParam CptsQuery query, @Context UriInfo uri, @Context RoutingContext routing,
            @Parameter(ref = "IfNoneMatch") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return export(query, uri, routing, ifNoneMatch, export::ndjson);
    }

    /** The signature CptsExport's formats share. */
    @FunctionalInterface
    private interface Format {
        Response write(CptsFilter filter, CptsSort sort, String request, String ifNoneMatch, RoutingContext routing);
    }

    private Response export(CptsQuery query, UriInfo uri, RoutingContext routing, String ifNoneMatch, Format format) {
        QueryParameters params = new QueryParameters();
        CptsSort order = query.sort(params);
        CptsFilter filter = query.filter(params, geography, missions);
        params.validate();
        return format.write(filter, order, Links.self(uri), ifNoneMatch, routing);
    }
}
