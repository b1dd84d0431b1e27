package fr.cpts.registry.cpts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.cpts.registry.http.EntityTags;
import fr.cpts.registry.sync.ChangeFeedService;

/**
 * Full exports of the CPTS list — RFC 4180 CSV or NDJSON — streamed in constant memory, with the change-feed
 * position they include and a tag of the data state for conditional requests.
 */
@ApplicationScoped
public class CptsExport {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";
    /** The feed position a full export includes: resume /v1/changes from it. */
    public static final String CHANGES_CURSOR = "Changes-Cursor";

    /** UTF-8 byte order mark: spreadsheets then read the accents right. */
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final CsvMapper CSV_MAPPER = new CsvMapper();
    private static final CsvSchema CSV_SCHEMA = CSV_MAPPER.schemaFor(CptsCsvRow.class).withHeader();

    @Inject
    CptsService cpts;

    @Inject
    ChangeFeedService feed;

    public Response csv(CptsFilter filter, CptsSort sort, String request, String ifNoneMatch) {
        return respond(CSV + "; charset=utf-8; header=present", "cpts.csv", request, ifNoneMatch, out -> {
            out.write(BOM);
            try (SequenceWriter rows = CSV_MAPPER.writer(CSV_SCHEMA).writeValues(out)) {
                cpts.exportSummaries(filter, sort, summary -> write(() -> rows.write(CptsCsvRow.of(summary))));
            }
        });
    }

    public Response ndjson(CptsFilter filter, CptsSort sort, String request, String ifNoneMatch) {
        return respond(NDJSON + "; charset=utf-8", "cpts.ndjson", request, ifNoneMatch,
                out -> cpts.exportDetails(filter, sort, detail -> write(() -> {
                    out.write(detail);
                    out.write('\n');
                })));
    }

    /** {@code request}: the export's path and query, which with the data state decides its content and so its tag. */
    private Response respond(String mediaType, String fileName, String request, String ifNoneMatch, StreamingOutput body) {
        String etag = EntityTags.digest((request + '@' + feed.dataState()).getBytes(StandardCharsets.UTF_8));
        if (EntityTags.noneMatch(ifNoneMatch, etag)) {
            // notModified(String) would quote the tag a second time.
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .build();
        }
        // Taken before the rows are read: changes after it may also be in the export; replaying them is harmless.
        String cursor = feed.head();
        return Response.ok(body, mediaType)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + '"')
                .header(CHANGES_CURSOR, cursor)
                .build();
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private static void write(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
