package fr.cpts.registry.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.persistence.DirectReads;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.Refusal;

@ApplicationScoped
public class CommuneService {

    /** Communes are listed by accent-insensitive name, then code. */
    public static final String SORT = "name";

    public static final int VINTAGE = 2026;

    /**
     * The columns of a commune m: code, name, kind, department, region, population, postal codes, sort key, and the CPTS
     * whose recorded territory covers it, as a JSON array of [id, name, status, coverage] by name: listed themselves
     * or through their commune (FULL), or through some of their districts (PARTIAL).
     */
    private static final String COLUMNS = """
            m.code, m.name, m.kind, m.department_code, m.region_code, m.population,
            array_to_string(m.postal_codes, ' '), m.search_name,
            (SELECT json_agg(json_build_array(k.id, k.name, k.status, k.coverage) ORDER BY k.search_name, k.id)
             FROM (SELECT c.id, c.name, c.status, c.search_name, min(x.coverage) AS coverage
                   FROM (SELECT cc.cpts_id, 'FULL' AS coverage FROM cpts_commune cc
                         WHERE cc.commune_code IN (m.code, m.parent_code)
                         UNION ALL
                         SELECT cc.cpts_id, 'PARTIAL' FROM commune d JOIN cpts_commune cc ON cc.commune_code = d.code
                         WHERE d.parent_code = m.code) x
                   JOIN cpts c ON c.id = x.cpts_id AND c.removed_at IS NULL
                   GROUP BY c.id, c.name, c.status, c.search_name) k)""";

    /** Communes with what refers to them (their commune, districts, former communes, EPCI), in one query. */
    private static final String COMMUNE = "SELECT " + COLUMNS + """
            , m.parent_code, p.name, p.population,
                   (SELECT json_agg(json_build_array(d.code, d.name, d.population) ORDER BY d.code)
                    FROM commune d WHERE d.parent_code = m.code),
                   (SELECT json_agg(json_build_array(f.code, f.name, f.kind) ORDER BY f.code, f.kind)
                    FROM former_commune f WHERE f.parent_code = m.code),
                   e.code, e.name, e.kind
            FROM commune m
            LEFT JOIN commune p ON p.code = m.parent_code
            LEFT JOIN epci_member em ON em.commune_code = coalesce(m.parent_code, m.code)
            LEFT JOIN epci e ON e.code = em.epci_code
            WHERE m.code = ANY (?)""";

    @Inject
    ReferenceGeography geography;

    @Inject
    ObjectMapper mapper;

    @Inject
    DirectReads direct;

    @Inject
    CommuneReadModel model;

    /**
     * The codes under which a CPTS's commune list names this commune (V19: itself, its districts, or its commune), for
     * filters that are not written in SQL (the JSON API's ?commune= calls the SQL function itself).
     */
    public List<String> listedAs(String code) {
        return direct.list("SELECT code FROM commune_listed_as(?) code", row -> row.getString(1), code);
    }

    /**
     * The JSON of a commune, in one statement without a transaction: as stored (V21), or else computed in one more.
     */
    public byte[] get(String code) {
        if (!plausibleCode(code)) {
            throw notFound(code);
        }
        return model.stored(code).orElseGet(() -> {
            Commune commune = computed(new String[] { code }).get(code);
            if (commune == null) {
                throw notFound(code);
            }
            return model.json(commune);
        });
    }

    /** These communes as they now are, by code, in one statement (in the caller's transaction, if any). */
    Map<String, Commune> computed(String[] codes) {
        Map<String, Commune> communes = new HashMap<>();
        for (Object[] c : direct.list(COMMUNE, DirectReads::columns, (Object) codes)) {
            CommuneSummary summary = summary(c);
            String parent = (String) c[9];
            communes.put(summary.code(), new Commune(summary.code(), summary.name(), summary.kind(),
                    parent == null ? null : new Commune.CommuneRef(parent, (String) c[10], (Integer) c[11]),
                    items(c[12], d -> new Commune.CommuneRef(d.get(0).asText(), d.get(1).asText(),
                            d.get(2).isNull() ? null : d.get(2).asInt())),
                    items(c[13], f -> new Commune.FormerCommune(f.get(0).asText(), f.get(1).asText(), f.get(2).asText())),
                    summary.department(), summary.region(), summary.population(), summary.postalCodes(),
                    c[14] == null ? null : new Commune.EpciRef((String) c[14], (String) c[15], (String) c[16]),
                    summary.cpts(), VINTAGE));
        }
        return communes;
    }

    /** Communes matching every given filter, by name, one page at a time, in one statement, without a transaction. */
    public Page<CommuneSummary> list(String postalCode, String q, String department, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM commune m WHERE true");
        List<Object> params = new ArrayList<>();
        if (postalCode != null) {
            sql.append(" AND m.postal_codes @> ARRAY[CAST(? AS text)]");
            params.add(postalCode);
        }
        if (q != null) {
            sql.append(" AND m.search_name LIKE cpts_search_pattern(?)");
            params.add(q);
        }
        if (department != null) {
            sql.append(" AND m.department_code = ?");
            params.add(department);
        }
        Cursor after = page.after();
        if (after != null) {
            sql.append(" AND (m.search_name > ? OR (m.search_name = ? AND m.code > ?))");
            params.addAll(List.of(after.key(), after.key(), after.id()));
        }
        sql.append(" ORDER BY m.search_name, m.code LIMIT ").append(page.fetchSize());
        List<Object[]> rows = direct.list(sql.toString(), DirectReads::columns, params.toArray());
        return page.page(rows, this::summary, c -> new Cursor(SORT, (String) c[7], (String) c[0]));
    }

    /** A commune from its {@link #COLUMNS}; department and region names from the reference geography in memory. */
    private CommuneSummary summary(Object[] c) {
        Department department = geography.department((String) c[3]);
        Region region = geography.region((String) c[4]);
        String postalCodes = (String) c[6];
        return new CommuneSummary((String) c[0], (String) c[1], CommuneKind.valueOf((String) c[2]),
                new AreaRef(department.code(), department.name()), new AreaRef(region.code(), region.name()),
                (Integer) c[5], postalCodes == null || postalCodes.isEmpty() ? List.of() : List.of(postalCodes.split(" ")),
                items(c[8], k -> new CoveringCpts(k.get(0).asText(), k.get(1).asText(),
                        k.get(2).isNull() ? null : LifecycleStage.valueOf(k.get(2).asText()), k.get(3).asText())));
    }

    /** The items of a JSON array of arrays the database aggregated; empty for none (null). */
    private <T> List<T> items(Object json, Function<JsonNode, T> item) {
        if (json == null) {
            return List.of();
        }
        try {
            List<T> items = new ArrayList<>();
            mapper.readTree(json.toString()).forEach(node -> items.add(item.apply(node)));
            return items;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a client-given code can be an INSEE commune code (no query for anything else). */
    private static boolean plausibleCode(String code) {
        return Ids.plausible(code) && code.length() <= 5;
    }

    /** 404, pointing to the current commune when the code is that of a former one. */
    private Refusal notFound(String code) {
        if (plausibleCode(code)) {
            List<Object[]> former = direct.list("SELECT f.name, c.code, c.name FROM former_commune f "
                    + "JOIN commune c ON c.code = f.parent_code WHERE f.code = ? ORDER BY f.kind LIMIT 1",
                    DirectReads::columns, code);
            if (!former.isEmpty()) {
                Object[] f = former.get(0);
                return new Refusal(Refusal.Kind.NOT_FOUND, "'" + code + "' is the code of " + f[0]
                        + ", a former commune now part of " + f[2] + ": see /v1/communes/" + f[1] + ".");
            }
        }
        return Refusal.notFound("commune", code);
    }
}
