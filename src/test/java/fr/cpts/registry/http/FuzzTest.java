package fr.cpts.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.cpts.registry.Seeds;
import fr.cpts.registry.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Thousands of generated malformed requests to every operation — wrong types, huge values, injection strings, bad
 * percent-encodings, broken JSON, unknown fields, bad cursors, odd headers and media types: never a 5xx, every
 * refusal a problem+json 4xx that the contract declares, no data changed, each answered in bounded time. Seeded: a
 * failure replays.
 */
@QuarkusTest
class FuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261122L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
    private static final long MAX_MILLIS = 3000;
    /** The longest target under quarkus.http.limits.max-initial-line-length (README "Limits"). */
    private static final int MAX_TARGET = 32768 - "DELETE  HTTP/1.1".length();

    private static final String[] GET_PATHS = { "/v1/cpts", "/v1/cpts/%s", "/v1/cpts/%s/contract", "/v1/cpts/%s/missions",
            "/v1/cpts/%s/membership", "/v1/cpts/%s/territory", "/v1/cpts/%s/history", "/v1/missions", "/v1/missions/%s",
            "/v1/sources", "/v1/sources/%s", "/v1/reported-figures", "/v1/reported-figures/%s", "/v1/communes",
            "/v1/communes/%s", "/v1/regions", "/v1/regions/%s", "/v1/departments", "/v1/departments/%s", "/v1/coverage",
            "/v1/changes", "/v1/%s", "/%s" };
    private static final String[] WRITES = { "POST /v1/cpts", "PUT /v1/cpts/%s", "PATCH /v1/cpts/%s",
            "DELETE /v1/cpts/%s", "POST /v1/cpts/%s/lifecycle", "PUT /v1/cpts/%s/contract", "PUT /v1/cpts/%s/missions",
            "POST /v1/cpts/%s/membership", "PUT /v1/cpts/%s/territory", "DELETE /v1/cpts/%s/territory",
            "POST /v1/sources", "PUT /v1/sources/%s", "DELETE /v1/sources/%s" };
    private static final String[] PARAMS = { "limit", "cursor", "since", "department", "region", "status", "mission",
            "sizeCategory", "signedFrom", "signedTo", "q", "sort", "commune", "updatedSince", "postalCode", "metric",
            "expand", "limit[]", "%00", "" };
    private static final String[] NASTY = { "", " ", "0", "-1", "201", "99999999999999999999", "1e9", "NaN", "null",
            "true", "[]", "{}", "' OR '1'='1", "\"; DROP TABLE cpts; --", "../../etc/passwd", "%00", "%ZZ", "%C3%28",
            "%FF%FE", "<script>alert(1)</script>", "${jndi:ldap://x}", "é", "Ω≈ç√∫", "🙂", "\t", "%0D%0AX-Injected: 1",
            "2024-02-30", "2024-13-01", "9999-12-31", "-2024-01-01", "2024-01-01T25:00:00Z", "ACI_SIGNED", "aci_signed",
            Seeds.HERICOURT, Seeds.SOURCE_HERICOURT, "25056", "2A004", "2C", "971", "eyJ4IjoxfQ", "eyJzb3J0IjoibmFtZSJ9",
            "eyJzb3J0IjoibmFtZSIsImtleSI6bnVsbCwiaWQiOiJcdTAwMDAifQ", "eyJzb3J0IjoiZmVlZCIsImtleSI6Ii0xIiwiaWQiOiJ4In0",
            "a".repeat(5000) };
    /** Long values, in the query only (headers have their own, smaller limit). */
    private static final String[] LONG = { "a".repeat(17_000), "a".repeat(MAX_TARGET) };
    /** Values sent as raw bytes in the request line, as curl sends what is typed: UTF-8, and bytes that are not. */
    private static final byte[][] RAW = { "Héricourt".getBytes(StandardCharsets.UTF_8),
            "É".getBytes(StandardCharsets.UTF_8), "Ω≈ç√∫\"<>{}|^`[]".getBytes(StandardCharsets.UTF_8), { (byte) 0xFF },
            { (byte) 0xC3, '(' }, { (byte) 0xE9, 't', (byte) 0xE9 }, { 'a', 0x7F }, { '%', '%', '%' } };
    private static final String[] BODIES = { "", "{", "}", "[]", "null", "42", "\"text\"", "{\"name\": 1}",
            "{\"name\": \"x\", \"unknown\": true}", "{\"name\": \"" + "x".repeat(300) + "\", \"mentions\": []}",
            "{\"name\": \"x\", \"mentions\": [{\"sourceId\": \"src_bbdndrjz3kfz\", \"quote\": \"x\"}], \"region\": \"99\"}",
            "{\"name\": \"x\", \"mentions\": [{\"sourceId\": \"' OR 1=1 --\", \"quote\": \"x\"}]}",
            "{\"stage\": \"NOPE\"}", "{\"items\": [{\"mission\": null}]}", "{\"asOf\": \"tomorrow\"}",
            "{\"communes\": [\"00000\"], \"basis\": \"x\", \"sourceId\": \"src_bbdndrjz3kfz\"}",
            "{\"name\": \"\\u0000\"}", "{\"a\":" .repeat(200) + "1" + "}".repeat(200), "\uFEFF{}", "{\"x\": 1e999999}" };
    private static final String[] MEDIA_TYPES = { "application/json", "application/merge-patch+json", "text/plain",
            "application/xml", "multipart/form-data; boundary=x", "application/json; charset=latin1", "*/*", "garbage" };
    private static final String[] ACCEPTS = { "application/json", "*/*", "text/csv", "application/x-ndjson",
            "text/html", "application/xml", "image/png", "application/json;q=0", "garbage/" };
    private static final String[] IF_HEADERS = { "*", "\"v1\"", "W/\"v1\"", "\"\"", "garbage", "\"v999999\"", "," };

    @Inject
    DataSource dataSource;

    @Test
    void malformedRequestsGetProblemsAndChangeNothing() throws SQLException {
        long changesBefore = changeCount();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            Map<String, String> headers = new LinkedHashMap<>();
            byte[] body = null;
            String method;
            String path;
            java.io.ByteArrayOutputStream target = new java.io.ByteArrayOutputStream();
            if (random.nextInt(3) > 0) {
                method = random.nextInt(10) == 0 ? "HEAD" : "GET";
                path = pick(random, GET_PATHS).formatted(encode(pick(random, NASTY)));
                target.writeBytes(path.getBytes(StandardCharsets.UTF_8));
                query(random, target);
            } else {
                String[] write = pick(random, WRITES).split(" ");
                method = write[0];
                boolean realId = random.nextBoolean();
                path = write[1].formatted(realId ? Seeds.HERICOURT : encode(pick(random, NASTY)));
                target.writeBytes(path.getBytes(StandardCharsets.UTF_8));
                if (!method.equals("DELETE") || random.nextBoolean()) {
                    headers.put("Content-Type", pick(random, MEDIA_TYPES));
                    body = pick(random, BODIES).getBytes(random.nextInt(8) == 0
                            ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
                }
                // A valid token only with an id that names nothing: the write must fail on the id, not succeed.
                switch (realId ? 2 + random.nextInt(3) : random.nextInt(5)) {
                    case 0 -> headers.put("Authorization", Tokens.editor());
                    case 1 -> headers.put("Authorization", Tokens.admin());
                    case 2 -> headers.put("Authorization", "Bearer " + pick(random, NASTY));
                    case 3 -> headers.put("Authorization", pick(random, NASTY));
                    default -> {
                    }
                }
            }
            if (random.nextBoolean()) {
                headers.put("Accept", pick(random, ACCEPTS));
            }
            if (random.nextInt(4) == 0) {
                headers.put(random.nextBoolean() ? "If-Match" : "If-None-Match", pick(random, IF_HEADERS));
            }
            long start = System.nanoTime();
            byte[] sent = target.toByteArray();
            RawHttp.Response response = RawHttp.send(RestAssured.port, method, sent, headers, body);
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = response.status();
            String type = response.header("content-type");
            String text = new String(response.body(), StandardCharsets.UTF_8);
            String line = new String(sent, StandardCharsets.ISO_8859_1);
            String shown = line.length() > 160 ? line.substring(0, 160) + "…" : line;
            String problem = method + " " + shown + " -> " + status + " " + type + " in " + millis + " ms";
            // The one documented exception (README "Limits"): a request line over
            // quarkus.http.limits.max-initial-line-length is refused by the HTTP layer, 414 without a body.
            boolean httpLayer = status == 414 && sent.length > MAX_TARGET;
            List<String> deviations = httpLayer ? List.of()
                    : OpenApiConformance.deviations(method, path, status, type, response.body());
            if (status >= 500 || status < 100) {
                failures.add(problem + ": " + text.substring(0, Math.min(text.length(), 300)));
            } else if (status >= 400 && !method.equals("HEAD") && !httpLayer
                    && (type == null || !type.startsWith("application/problem+json"))) {
                failures.add(problem + ": not problem+json: " + text);
            } else if (status >= 400 && text.contains("Exception")) {
                failures.add(problem + ": " + text);
            } else if (millis > MAX_MILLIS) {
                failures.add(problem + ": too slow");
            } else if (status < 300 && !method.equals("GET") && !method.equals("HEAD")) {
                failures.add(problem + ": a malformed write was accepted");
            } else if (!deviations.isEmpty()) {
                failures.add(problem + ": deviates from openapi/openapi.yaml: " + deviations);
            }
        }
        if (!failures.isEmpty()) {
            fail("seed " + SEED + ":\n" + String.join("\n", failures));
        }
        assertEquals(changesBefore, changeCount(), "malformed requests changed data");
        assertTrue(REQUESTS >= 1000);
    }

    /** Up to three parameters, most values percent-encoded, some as raw bytes. */
    private static void query(Random random, java.io.ByteArrayOutputStream target) {
        int params = random.nextInt(4);
        for (int p = 0; p < params; p++) {
            target.writeBytes(((p == 0 ? "?" : "&") + pick(random, PARAMS) + '=').getBytes(StandardCharsets.UTF_8));
            target.writeBytes(switch (random.nextInt(10)) {
                case 0, 1 -> RAW[random.nextInt(RAW.length)];
                case 2 -> pick(random, LONG).getBytes(StandardCharsets.UTF_8);
                default -> encode(pick(random, NASTY)).getBytes(StandardCharsets.UTF_8);
            });
        }
    }

    /** Most values are sent percent-encoded; some raw, to reach the decoder with broken input. */
    private static String encode(String value) {
        if (value.startsWith("%")) {
            return value.replace(" ", "%20");
        }
        if (value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c) || c == '_')) {
            return value;
        }
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private long changeCount() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM change_event")) {
            result.next();
            return result.getLong(1);
        }
    }
}
