package fr.cpts.registry.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

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

    @ReadOnlyTransaction
    public Commune get(String code) {
        CommuneEntity commune = plausibleCode(code) ? CommuneEntity.findById(code) : null;
        if (commune == null) {
            throw notFound(code);
        }
        EntityManager em = CommuneEntity.getEntityManager();
        CommuneEntity parent = commune.parentCode == null ? null : CommuneEntity.findById(commune.parentCode);
        List<CommuneEntity> districts = CommuneEntity.list("parentCode = ?1 order by code", code);
        @SuppressWarnings("unchecked")
        List<Object[]> former = em.createNativeQuery(
                "SELECT code, name, kind FROM former_commune WHERE parent_code = :code ORDER BY code, kind")
                .setParameter("code", code).getResultList();
        List<EpciEntity> epci = em.createNativeQuery("SELECT e.* FROM epci e JOIN epci_member m ON m.epci_code = e.code "
                + "WHERE m.commune_code = :code", EpciEntity.class)
                .setParameter("code", commune.parentCode == null ? code : commune.parentCode).getResultList();
        return new Commune(commune.code, commune.name, commune.kind,
                parent == null ? null : ref(parent),
                districts.stream().map(CommuneService::ref).toList(),
                former.stream().map(f -> new Commune.FormerCommune((String) f[0], (String) f[1], (String) f[2])).toList(),
                AreaRef.of(commune.department), AreaRef.of(commune.region), commune.population,
                List.copyOf(commune.postalCodes), epci.isEmpty() ? null : Commune.EpciRef.of(epci.get(0)),
                covering(List.of(commune)).getOrDefault(code, List.of()), VINTAGE);
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
        Map<String, List<CoveringCpts>> covering = covering(rows.subList(0, Math.min(rows.size(), page.limit())));
        return page.page(rows,
                c -> new CommuneSummary(c.code, c.name, c.kind, AreaRef.of(c.department), AreaRef.of(c.region),
                        c.population, List.copyOf(c.postalCodes), covering.getOrDefault(c.code, List.of())),
                c -> new Cursor(SORT, c.searchName, c.code));
    }

    /**
     * The CPTS whose recorded territory covers each commune, in two queries whatever the number of communes: listed
     * themselves or through their commune (FULL), or through some of their districts (PARTIAL).
     */
    @ReadOnlyTransaction
    public Map<String, List<CoveringCpts>> covering(Collection<CommuneEntity> communes) {
        if (communes.isEmpty()) {
            return Map.of();
        }
        List<String> codes = communes.stream().map(c -> c.code).toList();
        List<String> listedAs = new ArrayList<>(codes);
        communes.stream().filter(c -> c.parentCode != null).forEach(c -> listedAs.add(c.parentCode));
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
