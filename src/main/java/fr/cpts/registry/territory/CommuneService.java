package fr.cpts.registry.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.http.ApiException;
import fr.cpts.registry.http.Cursor;
import fr.cpts.registry.http.Page;
import fr.cpts.registry.http.PageRequest;
import fr.cpts.registry.http.ProblemType;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.ReadOnlyTransaction;

@ApplicationScoped
public class CommuneService {

    /** Communes are listed by accent-insensitive name, then code. */
    public static final String SORT = "name";

    public static final int VINTAGE = 2026;

    /** The commune and what refers to it, in one query; the CPTS covering it in a second. */
    private static final String COMMUNE = """
            SELECT m.code, m.name, m.kind, m.department_code, m.region_code, m.population,
                   array_to_string(m.postal_codes, ' '), m.parent_code, p.name, p.population,
                   (SELECT json_agg(json_build_array(d.code, d.name, d.population) ORDER BY d.code)
                    FROM commune d WHERE d.parent_code = m.code),
                   (SELECT json_agg(json_build_array(f.code, f.name, f.kind) ORDER BY f.code, f.kind)
                    FROM former_commune f WHERE f.parent_code = m.code),
                   e.code, e.name, e.kind
            FROM commune m
            LEFT JOIN commune p ON p.code = m.parent_code
            LEFT JOIN epci_member em ON em.commune_code = coalesce(m.parent_code, m.code)
            LEFT JOIN epci e ON e.code = em.epci_code
            WHERE m.code = :code""";

    @Inject
    ReferenceGeography geography;

    @Inject
    ObjectMapper mapper;

    @ReadOnlyTransaction
    public Commune get(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = plausibleCode(code) ? CommuneEntity.getEntityManager().createNativeQuery(COMMUNE)
                .setParameter("code", code).getResultList() : List.of();
        if (rows.isEmpty()) {
            throw notFound(code);
        }
        Object[] c = rows.get(0);
        String parent = (String) c[7];
        Department department = geography.department((String) c[3]);
        Region region = geography.region((String) c[4]);
        return new Commune(code, (String) c[1], CommuneKind.valueOf((String) c[2]),
                parent == null ? null : new Commune.CommuneRef(parent, (String) c[8], (Integer) c[9]),
                items(c[10], d -> new Commune.CommuneRef(d.get(0).asText(), d.get(1).asText(),
                        d.get(2).isNull() ? null : d.get(2).asInt())),
                items(c[11], f -> new Commune.FormerCommune(f.get(0).asText(), f.get(1).asText(), f.get(2).asText())),
                new AreaRef(department.code(), department.name()), new AreaRef(region.code(), region.name()),
                (Integer) c[5], c[6] == null || ((String) c[6]).isEmpty() ? List.of() : List.of(((String) c[6]).split(" ")),
                c[12] == null ? null : new Commune.EpciRef((String) c[12], (String) c[13], (String) c[14]),
                covering(List.of(code), parent == null ? List.of() : List.of(parent)).getOrDefault(code, List.of()),
                VINTAGE);
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

    /** Communes matching every given filter, by name, one page at a time. */
    @ReadOnlyTransaction
    public Page<CommuneSummary> list(String postalCode, String q, String department, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT code FROM commune WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (postalCode != null) {
            sql.append(" AND postal_codes @> ARRAY[CAST(:postalCode AS text)]");
            params.put("postalCode", postalCode);
        }
        if (q != null) {
            sql.append(" AND search_name LIKE cpts_search_pattern(:q)");
            params.put("q", q);
        }
        if (department != null) {
            sql.append(" AND department_code = :department");
            params.put("department", department);
        }
        Cursor after = page.after();
        if (after != null) {
            sql.append(" AND (search_name > :afterKey OR (search_name = :afterKey AND code > :afterId))");
            params.put("afterKey", after.key());
            params.put("afterId", after.id());
        }
        sql.append(" ORDER BY search_name, code LIMIT ").append(page.fetchSize());
        Query query = CommuneEntity.getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<String> codes = query.getResultList();
        Map<String, CommuneEntity> byCode = codes.isEmpty() ? Map.of()
                : CommuneEntity.<CommuneEntity>list("code in ?1", codes).stream()
                        .collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<CommuneEntity> rows = codes.stream().map(byCode::get).toList();
        List<CommuneEntity> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        Map<String, List<CoveringCpts>> covering = covering(shown.stream().map(c -> c.code).toList(),
                shown.stream().map(c -> c.parentCode).filter(Objects::nonNull).toList());
        return page.page(rows,
                c -> new CommuneSummary(c.code, c.name, c.kind, AreaRef.of(c.department), AreaRef.of(c.region),
                        c.population, List.copyOf(c.postalCodes), covering.getOrDefault(c.code, List.of())),
                c -> new Cursor(SORT, c.searchName, c.code));
    }

    /**
     * The CPTS whose recorded territory covers each commune (by code; {@code parents}: the communes of those that are
     * municipal districts), in one query whatever the number of communes: listed themselves or through their commune
     * (FULL), or through some of their districts (PARTIAL).
     */
    private Map<String, List<CoveringCpts>> covering(List<String> codes, List<String> parents) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<String> listedAs = new ArrayList<>(codes);
        listedAs.addAll(parents);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = CommuneEntity.getEntityManager().createNativeQuery("""
                SELECT x.code, c.id, c.name, c.status, min(x.coverage) AS coverage
                FROM (SELECT m.code, cc.cpts_id, 'FULL' AS coverage
                      FROM commune m JOIN cpts_commune cc ON cc.commune_code IN (m.code, m.parent_code)
                      WHERE m.code IN (:codes) AND cc.commune_code IN (:listedAs)
                      UNION ALL
                      SELECT d.parent_code, cc.cpts_id, 'PARTIAL'
                      FROM commune d JOIN cpts_commune cc ON cc.commune_code = d.code
                      WHERE d.parent_code IN (:codes)) x
                JOIN cpts c ON c.id = x.cpts_id AND c.removed_at IS NULL
                GROUP BY x.code, c.id, c.name, c.status, c.search_name
                ORDER BY x.code, c.search_name, c.id""")
                .setParameter("codes", codes).setParameter("listedAs", listedAs).getResultList();
        Map<String, List<CoveringCpts>> covering = new LinkedHashMap<>();
        for (Object[] row : rows) {
            covering.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(new CoveringCpts((String) row[1],
                    (String) row[2], row[3] == null ? null : LifecycleStage.valueOf((String) row[3]), (String) row[4]));
        }
        return covering;
    }

    /**
     * The codes under which a territory covers a commune: the commune itself, its commune (for a municipal district),
     * and its districts (for Paris, Lyon and Marseille, covered in part through them).
     */
    @ReadOnlyTransaction
    public List<String> listedAs(String code) {
        @SuppressWarnings("unchecked")
        List<String> codes = CommuneEntity.getEntityManager().createNativeQuery(
                "SELECT code FROM commune WHERE code = :code OR parent_code = :code "
                        + "UNION SELECT parent_code FROM commune WHERE code = :code AND parent_code IS NOT NULL")
                .setParameter("code", code).getResultList();
        return codes;
    }

    /** Whether a client-given code can be an INSEE commune code (no query for anything else). */
    private static boolean plausibleCode(String code) {
        return Ids.plausible(code) && code.length() <= 5;
    }

    /** 404, pointing to the current commune when the code is that of a former one. */
    private static ApiException notFound(String code) {
        if (plausibleCode(code)) {
            @SuppressWarnings("unchecked")
            List<Object[]> former = CommuneEntity.getEntityManager().createNativeQuery(
                    "SELECT f.name, c.code, c.name FROM former_commune f JOIN commune c ON c.code = f.parent_code "
                            + "WHERE f.code = :code ORDER BY f.kind LIMIT 1")
                    .setParameter("code", code).getResultList();
            if (!former.isEmpty()) {
                Object[] f = former.get(0);
                return new ApiException(ProblemType.NOT_FOUND, "'" + code + "' is the code of " + f[0]
                        + ", a former commune now part of " + f[2] + ": see /v1/communes/" + f[1] + ".");
            }
        }
        return ApiException.notFound("commune", code);
    }

    private static Commune.CommuneRef ref(CommuneEntity commune) {
        return new Commune.CommuneRef(commune.code, commune.name, commune.population);
    }
}
