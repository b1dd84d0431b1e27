package fr.cpts.registry.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.cpts.registry.cpts.CptsDetail;
import fr.cpts.registry.cpts.CptsService;
import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.mission.CptsMission;
import fr.cpts.registry.mission.MissionService;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.persistence.Refusal;
import fr.cpts.registry.source.SourceService;
import fr.cpts.registry.territory.CommuneService;

/**
 * The FHIR interactions: reads, searches and the history of Organizations, over the registry's services (a CPTS in
 * full is CptsService's representation) and the fhir package's own queries (searches by keyset, the history).
 */
@ApplicationScoped
public class FhirService {

    /** A resource read, with what its ETag and Last-Modified say. */
    public record Read(ObjectNode resource, long version, OffsetDateTime lastModified) {
    }

    static final Set<String> ORGANIZATION_SEARCH = Set.of("_id", "identifier", "name", "name:contains", "name:exact",
            "type", "active", "_lastUpdated", "commune", "_count", "_sort", "_revinclude", "_summary",
            SearchRequest.CURSOR);
    static final Set<String> SERVICE_SEARCH = Set.of("organization", "service-type", "_count", SearchRequest.CURSOR);
    static final Set<String> HISTORY = Set.of("_since", "_count", SearchRequest.CURSOR);
    static final String REVINCLUDE = "HealthcareService:organization";

    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final String HISTORY_SORT = "history";
    private static final String SERVICE_SORT = "service";

    @Inject
    CptsService cpts;

    @Inject
    CommuneService communes;

    @Inject
    MissionService missions;

    @Inject
    SourceService sources;

    @Inject
    FhirRepository repository;

    @Inject
    FhirViews views;

    @ReadOnlyTransaction
    public Read organization(String fhirId) {
        Versioned<CptsDetail> detail = cpts.detail(registryId(fhirId, "Organization"));
        CptsDetail value = detail.value();
        ObjectNode org = views.organization(value, detail.version(),
                repository.communes(List.of(value.id())).getOrDefault(value.id(), List.of()));
        return new Read(org, detail.version(), value.updatedAt());
    }

    /** vread: the current version only (earlier ones are not kept whole, see README); 404 for any other. */
    @ReadOnlyTransaction
    public Read organizationVersion(String fhirId, String versionId) {
        Read current = organization(fhirId);
        if (!Long.toString(current.version()).equals(versionId)) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "Version '" + bounded(versionId) + "' of Organization/"
                    + fhirId + " is not served: vread serves the current version (" + current.version()
                    + "); the history (Organization/_history) lists every version.");
        }
        return current;
    }

    @ReadOnlyTransaction
    public ObjectNode searchOrganizations(SearchRequest request) {
        OrganizationQuery query = new OrganizationQuery();
        List<String> ids = request.anyOf("_id");
        if (!ids.isEmpty()) {
            List<String> valid = ids.stream().filter(id -> FHIR_ID.matcher(id).matches()).map(Fhir::registryId).toList();
            query.and(valid.isEmpty() ? "1 = 0" : "c.id in " + query.param(valid));
        }
        List<String> identifiers = request.anyOf("identifier");
        if (!identifiers.isEmpty()) {
            query.anyOf(identifiers.stream().map(token -> identifier(query, token)).toList());
        }
        String name = request.single("name");
        if (name != null) {
            query.and("c.searchName like substring(cast(function('cpts_search_pattern', " + query.param(name)
                    + ") as String), 2)");
        }
        String contains = request.single("name:contains");
        if (contains != null) {
            query.and("c.searchName like cast(function('cpts_search_pattern', " + query.param(contains)
                    + ") as String)");
        }
        String exact = request.single("name:exact");
        if (exact != null) {
            query.and("c.name = " + query.param(exact));
        }
        List<String> types = request.anyOf("type");
        if (!types.isEmpty() && types.stream().noneMatch(FhirService::isCptsCategory)) {
            query.and("1 = 0");
        }
        String active = request.single("active");
        if (active != null) {
            switch (active) {
                case "true" -> query.and("c.status is null or c.status <> " + query.param(LifecycleStage.DISSOLVED));
                case "false" -> query.and("c.status = " + query.param(LifecycleStage.DISSOLVED));
                default -> request.reject("active", "must be true or false");
            }
        }
        for (String bound : request.all("_lastUpdated")) {
            lastUpdated(request, query, bound);
        }
        List<String> codes = request.anyOf("commune");
        if (!codes.isEmpty()) {
            List<String> covering = new ArrayList<>();
            for (String code : codes) {
                String upper = code.toUpperCase(Locale.ROOT);
                if (COMMUNE_CODE.matcher(upper).matches()) {
                    // The rule of the JSON API's ?commune= (V19), resolved to codes first: HQL cannot call it.
                    List<String> listedAs = communes.listedAs(upper);
                    covering.add(listedAs.isEmpty() ? "1 = 0"
                            : "exists (select 1 from c.communes m where m.code in " + query.param(listedAs) + ")");
                } else {
                    request.reject("commune", "must be INSEE commune codes (5 characters, e.g. 25056 or 2A004)");
                }
            }
            query.anyOf(covering);
        }
        String sortParam = request.single("_sort");
        OrganizationSort sort = sortParam == null ? OrganizationSort.ID : OrganizationSort.of(sortParam);
        if (sort == null) {
            request.reject("_sort", "must be one of _id, -_id, name, -name, _lastUpdated, -_lastUpdated");
            sort = OrganizationSort.ID;
        }
        String revinclude = request.single("_revinclude");
        if (revinclude != null && !REVINCLUDE.equals(revinclude)) {
            request.reject("_revinclude", "only " + REVINCLUDE + " is supported");
        }
        String summary = request.single("_summary");
        if (summary != null && !summary.equals("count") && !summary.equals("false")) {
            request.reject("_summary", "only count (the total alone) and false are supported");
        }
        int count = request.count();
        Cursor after = Cursor.decode(request.errors(), SearchRequest.CURSOR, request.single(SearchRequest.CURSOR),
                sort.param);
        if (after != null && sort.key(after) == null && !(sort == OrganizationSort.ID || sort == OrganizationSort.ID_DESC)) {
            request.reject(SearchRequest.CURSOR, "is not a cursor issued by this server; follow the next link");
        }
        request.validate();

        ObjectNode bundle = bundle("searchset").put("total", repository.count(query));
        ArrayNode links = bundle.putArray("link");
        links.addObject().put("relation", "self").put("url", views.link(request, "Organization", null));
        if ("count".equals(summary)) {
            return bundle;
        }
        OrganizationSort order = sort;
        PageRequest page = new PageRequest(count, after, cursor -> views.link(request, "Organization", cursor));
        Page<FhirRepository.Match> matches = page.page(repository.organizations(query, order, after, page.fetchSize()),
                match -> match, match -> new Cursor(order.param, order.keyOf(match.searchName(), match.updatedAt()),
                        match.id()));
        if (matches.next() != null) {
            links.addObject().put("relation", "next").put("url", matches.next());
        }
        List<String> pageIds = matches.items().stream().map(FhirRepository.Match::id).toList();
        Map<String, List<String>> communesOf = repository.communes(pageIds);
        Map<String, Versioned<CptsDetail>> details = cpts.details(pageIds);
        ArrayNode entries = bundle.putArray("entry");
        List<ObjectNode> included = new ArrayList<>();
        for (String id : pageIds) {
            Versioned<CptsDetail> detail = details.get(id);
            if (detail == null) {
                continue; // deleted since the page was read
            }
            entry(entries, views.organization(detail.value(), detail.version(), communesOf.getOrDefault(id, List.of())),
                    "Organization", "match");
            if (revinclude != null) {
                detail.value().missions().forEach(
                        m -> included.add(views.healthcareService(detail.value(), detail.version(), m)));
            }
        }
        included.forEach(service -> entry(entries, service, "HealthcareService", "include"));
        return bundle;
    }

    /**
     * Organization/_history: every creation, update and deletion of a CPTS in commit order, each with the version it
     * made, from _since (an instant) or the beginning, paged by cursor. An entry carries the resource when its version
     * is the current one (earlier versions are not kept whole).
     */
    @ReadOnlyTransaction
    public ObjectNode history(SearchRequest request) {
        String rawSince = request.single("_since");
        Instant since = null;
        if (rawSince != null) {
            since = instant(rawSince);
            if (since == null) {
                request.reject("_since", "must be an instant (e.g. 2026-01-01T00:00:00Z) or a date (YYYY-MM-DD)");
            }
        }
        int count = request.count();
        Cursor after = Cursor.decode(request.errors(), SearchRequest.CURSOR, request.single(SearchRequest.CURSOR),
                HISTORY_SORT);
        if (after != null) {
            after.numericId();
        }
        request.validate();
        List<FhirRepository.HistoryRow> rows = repository.history(since, after, count + 1);
        boolean more = rows.size() > count;
        List<FhirRepository.HistoryRow> page = more ? rows.subList(0, count) : rows;
        ObjectNode bundle = bundle("history");
        ArrayNode links = bundle.putArray("link");
        links.addObject().put("relation", "self").put("url", views.link(request, "Organization/_history",
                after == null ? null : after.encode()));
        Cursor last = page.isEmpty() ? after : new Cursor(HISTORY_SORT, page.get(page.size() - 1).txid(),
                Long.toString(page.get(page.size() - 1).seq()));
        if (more) {
            links.addObject().put("relation", "next").put("url", views.link(request, "Organization/_history", last.encode()));
        }
        // Where to poll next for what commits later: the history has no last page (README, "Sync").
        links.addObject().put("relation", "resume").put("url",
                views.link(request, "Organization/_history", last == null ? null : last.encode()));
        // The current versions of the page's CPTS, all read at once (a deleted one has none).
        Map<String, Versioned<CptsDetail>> current = cpts.details(page.stream()
                .filter(row -> !row.operation().equals("DELETED")).map(FhirRepository.HistoryRow::cptsId).distinct()
                .toList());
        Map<String, List<String>> communesOf = repository.communes(List.copyOf(current.keySet()));
        ArrayNode entries = bundle.putArray("entry");
        for (FhirRepository.HistoryRow row : page) {
            String fhirId = Fhir.fhirId(row.cptsId());
            ObjectNode entry = entries.addObject().put("fullUrl", views.fullUrl("Organization", fhirId));
            boolean deleted = row.operation().equals("DELETED");
            Versioned<CptsDetail> detail = deleted ? null : current.get(row.cptsId());
            if (detail != null && detail.version() == row.version()) {
                entry.set("resource", views.organization(detail.value(), detail.version(),
                        communesOf.getOrDefault(row.cptsId(), List.of())));
            }
            boolean created = row.operation().equals("CREATED");
            entry.putObject("request").put("method", deleted ? "DELETE" : created ? "POST" : "PUT")
                    .put("url", created ? "Organization" : "Organization/" + fhirId);
            entry.putObject("response").put("status", deleted ? "204" : created ? "201" : "200")
                    .put("etag", "W/\"" + row.version() + '"')
                    .put("lastModified", FhirViews.instant(row.occurredAt().atOffset(ZoneOffset.UTC)));
        }
        return bundle;
    }

    @ReadOnlyTransaction
    public Read healthcareService(String fhirId) {
        int dot = fhirId.indexOf('.');
        if (dot < 0 || !FHIR_ID.matcher(fhirId).matches()) {
            throw Refusal.notFound("HealthcareService", fhirId);
        }
        String code = fhirId.substring(dot + 1).toUpperCase(Locale.ROOT).replace('-', '_');
        Versioned<CptsDetail> detail = cpts.detail(registryId(fhirId.substring(0, dot), "HealthcareService"));
        CptsMission carried = detail.value().missions().stream().filter(m -> m.mission().code().equals(code))
                .findFirst().orElseThrow(() -> Refusal.notFound("HealthcareService", fhirId));
        return new Read(views.healthcareService(detail.value(), detail.version(), carried), detail.version(),
                detail.value().updatedAt());
    }

    /** HealthcareService search: the missions carried, by CPTS then catalog order, paged by cursor. */
    @ReadOnlyTransaction
    public ObjectNode searchHealthcareServices(SearchRequest request) {
        List<String> organizations = request.anyOf("organization").stream()
                .map(ref -> ref.startsWith("Organization/") ? ref.substring("Organization/".length()) : ref)
                .map(id -> FHIR_ID.matcher(id).matches() ? Fhir.registryId(id) : "").toList();
        List<String> codes = request.anyOf("service-type").stream().map(token -> {
            int bar = token.indexOf('|');
            if (bar >= 0 && !token.substring(0, bar).isEmpty()
                    && !token.substring(0, bar).equals(views.codeSystem("aci-mission"))) {
                return "";
            }
            return token.substring(bar + 1).toUpperCase(Locale.ROOT);
        }).toList();
        int count = request.count();
        Cursor after = Cursor.decode(request.errors(), SearchRequest.CURSOR, request.single(SearchRequest.CURSOR),
                SERVICE_SORT);
        Integer afterPosition = null;
        if (after != null) {
            try {
                afterPosition = Integer.valueOf(after.key());
            } catch (NumberFormatException e) {
                request.reject(SearchRequest.CURSOR, "is not a cursor issued by this server; follow the next link");
            }
        }
        request.validate();
        PageRequest page = new PageRequest(count, after, cursor -> views.link(request, "HealthcareService", cursor));
        Page<FhirRepository.CarriedRow> rows = page.page(repository.carried(organizations.isEmpty() ? null : organizations,
                codes.isEmpty() ? null : codes, after, afterPosition, page.fetchSize()), row -> row,
                row -> new Cursor(SERVICE_SORT, Integer.toString(row.position()), row.cptsId()));
        ObjectNode bundle = bundle("searchset");
        ArrayNode links = bundle.putArray("link");
        links.addObject().put("relation", "self").put("url", views.link(request, "HealthcareService", null));
        if (rows.next() != null) {
            links.addObject().put("relation", "next").put("url", rows.next());
        }
        ArrayNode entries = bundle.putArray("entry");
        Map<String, Versioned<CptsDetail>> details = cpts.details(
                rows.items().stream().map(FhirRepository.CarriedRow::cptsId).distinct().toList());
        for (FhirRepository.CarriedRow row : rows.items()) {
            Versioned<CptsDetail> detail = details.get(row.cptsId());
            if (detail == null) {
                continue; // deleted since the page was read
            }
            detail.value().missions().stream().filter(m -> m.mission().code().equals(row.missionCode())).findFirst()
                    .ifPresent(m -> entry(entries, views.healthcareService(detail.value(), detail.version(), m),
                            "HealthcareService", "match"));
        }
        return bundle;
    }

    @ReadOnlyTransaction
    public ObjectNode documentReference(String fhirId) {
        return views.documentReference(sources.get(registryId(fhirId, "DocumentReference")).value());
    }

    public ObjectNode missionCodeSystem() {
        return views.missionCodeSystem(missions.catalog());
    }

    private static ObjectNode bundle(String type) {
        return Ext.JSON.objectNode().put("resourceType", "Bundle").put("type", type);
    }

    private void entry(ArrayNode entries, ObjectNode resource, String type, String mode) {
        ObjectNode entry = entries.addObject().put("fullUrl", views.fullUrl(type, resource.get("id").asText()));
        entry.set("resource", resource);
        entry.putObject("search").put("mode", mode);
    }

    /** An identifier token (system|value, |value or value) as a condition on the CPTS's id, FINESS or SIRET. */
    private String identifier(OrganizationQuery query, String token) {
        int bar = token.indexOf('|');
        String system = bar < 0 ? null : token.substring(0, bar);
        String value = token.substring(bar + 1);
        if (system == null || system.isEmpty()) {
            String v = query.param(value);
            return "c.id = " + v + " or c.finess = " + v + " or c.siret = " + v;
        }
        if (system.equals(views.registryIdSystem())) {
            return "c.id = " + query.param(value);
        }
        if (system.equals(Fhir.FINESS)) {
            return "c.finess = " + query.param(value);
        }
        if (system.equals(Fhir.SIRENE)) {
            // A SIREN (9 digits) names the company; its establishments' SIRET start with it.
            return value.length() == 9 ? "c.siret like " + query.param(value.replace("%", "").replace("_", "") + "%")
                    : "c.siret = " + query.param(value);
        }
        return "1 = 0";
    }

    private static boolean isCptsCategory(String token) {
        int bar = token.indexOf('|');
        String system = bar < 0 ? "" : token.substring(0, bar);
        return token.substring(bar + 1).equals(Fhir.CPTS_CATEGORY)
                && (system.isEmpty() || system.equals(Fhir.CATEGORY_R66) || system.equals(Fhir.CATEGORY_R397));
    }

    /** A _lastUpdated bound: a prefix (eq, gt, ge, lt, le; eq when none) and a date or an instant. */
    private static void lastUpdated(SearchRequest request, OrganizationQuery query, String bound) {
        String prefix = bound.length() > 2 && Character.isLetter(bound.charAt(0)) ? bound.substring(0, 2) : "eq";
        String value = bound.length() > 2 && Character.isLetter(bound.charAt(0)) ? bound.substring(2) : bound;
        Instant from;
        Instant to;
        if (value.contains("T")) {
            from = instant(value);
            to = from;
        } else {
            LocalDate day = parseDate(value);
            from = day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            to = day == null ? null : day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (from == null) {
            request.reject("_lastUpdated", "must be a prefix (gt, ge, lt, le or eq) and an instant "
                    + "(2026-01-01T00:00:00Z) or a date (2026-01-01)");
            return;
        }
        boolean instant = from.equals(to);
        OffsetDateTime lower = from.atOffset(ZoneOffset.UTC);
        OffsetDateTime upper = to.atOffset(ZoneOffset.UTC);
        switch (prefix) {
            case "gt" -> query.and("c.updatedAt " + (instant ? "> " : ">= ") + query.param(upper));
            case "ge" -> query.and("c.updatedAt >= " + query.param(lower));
            case "lt" -> query.and("c.updatedAt < " + query.param(lower));
            case "le" -> query.and("c.updatedAt " + (instant ? "<= " : "< ") + query.param(upper));
            case "eq" -> query.and(instant ? "c.updatedAt = " + query.param(lower)
                    : "c.updatedAt >= " + query.param(lower) + " and c.updatedAt < " + query.param(upper));
            default -> request.reject("_lastUpdated", "prefix '" + prefix + "' is not supported: gt, ge, lt, le, eq");
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(String raw) {
        // A '+' of an offset sent unencoded arrives as a space (form decoding): read it as the '+' it was.
        String value = raw.replace(' ', '+');
        try {
            return value.contains("T") ? OffsetDateTime.parse(value).toInstant()
                    : LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The registry id of a FHIR id; an id FHIR does not allow names nothing (404). */
    private static String registryId(String fhirId, String type) {
        if (!FHIR_ID.matcher(fhirId).matches()) {
            throw Refusal.notFound(type, fhirId);
        }
        return Fhir.registryId(fhirId);
    }

    private static String bounded(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
