package fr.cpts.registry.cpts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import fr.cpts.registry.http.ApiException;
import fr.cpts.registry.http.EntityTags;
import fr.cpts.registry.http.ProblemType;
import fr.cpts.registry.sync.ChangeFeedService;
import io.vertx.ext.web.RoutingContext;

/**
 * Full exports of the CPTS list — RFC 4180 CSV or NDJSON — streamed in constant memory, with the change-feed
 * position they include and a tag of the data state for conditional requests. An export holds a worker thread and a
 * database connection for as long as its client takes to read it: at most {@code cpts.export.max-concurrent} stream
 * at once on a replica, so that slow or many downloads cannot take the threads and connections every other request
 * needs; the others are refused (503, Retry-After) rather than queued.
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

    /** Seconds a refused export is told to wait (Retry-After): a national export streams in well under that. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final Semaphore streaming;

    @Inject
    CptsService cpts;

    @Inject
    ChangeFeedService feed;

    CptsExport(@ConfigProperty(name = "cpts.export.max-concurrent") int maxConcurrent) {
        streaming = new Semaphore(maxConcurrent);
    }

    public Response csv(CptsFilter filter, CptsSort sort, String request, String ifNoneMatch, RoutingContext routing) {
        return respond(CSV + "; charset=utf-8; header=present", "cpts.csv", request, ifNoneMatch, routing, out -> {
            out.write(BOM);
            try (SequenceWriter rows = CSV_MAPPER.writer(CSV_SCHEMA).writeValues(out)) {
                cpts.exportSummaries(filter, sort, summary -> write(() -> rows.write(CptsCsvRow.of(summary))));
            }
        });
    }

    public Response ndjson(CptsFilter filter, CptsSort sort, String request, String ifNoneMatch,
            RoutingContext routing) {
        return respond(NDJSON + "; charset=utf-8", "cpts.ndjson", request, ifNoneMatch, routing,
                out -> cpts.exportDetails(filter, sort, detail -> write(() -> {
                    out.write(detail);
                    out.write('\n');
                })));
    }

    /**
     * {@code request}: the export's path and query, which with the data state decides its content and so its tag;
     * {@code routing}: its exchange, whose end (response written, or connection lost) frees its place.
     */
    private Response respond(String mediaType, String fileName, String request, String ifNoneMatch,
            RoutingContext routing, StreamingOutput body) {
        String etag = EntityTags.digest((request + '@' + feed.dataState()).getBytes(StandardCharsets.UTF_8));
        if (EntityTags.noneMatch(ifNoneMatch, etag)) {
            // notModified(String) would quote the tag a second time.
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .build();
        }
        if (!streaming.tryAcquire()) {
            throw ApiException.retryLater(ProblemType.SERVICE_UNAVAILABLE, "As many exports as this service streams "
                    + "at once are streaming now; retry in " + RETRY_AFTER.toSeconds() + " s.", RETRY_AFTER);
        }
        // Vert.x calls end handlers once, whether the response ended or the connection was lost.
        routing.addEndHandler(ended -> streaming.release());
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
