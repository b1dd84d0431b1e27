package fr.cpts.registry.territory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.fact.Count;
import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.persistence.ReadOnlyTransaction;

/** Coverage of the country, a region or a department, in four queries whatever the area. */
@ApplicationScoped
public class CoverageService {

    @Inject
    ReferenceGeography geography;

    /**
     * Unit figures per area: units, population, covered, covered population, overlapping, overlapping population;
     * from the departments' figures kept by the writes (V16), those a change outside the API made stale computed
     * live. %1$s is the area column, %2$s the filter on the departments.
     */
    private static final String UNIT_FIGURES = """
            SELECT %1$s, sum(units), sum(population), sum(covered_units), sum(covered_population),
                   sum(overlapping_units), sum(overlapping_population)
            FROM (SELECT d.* FROM coverage_department d
                  WHERE NOT EXISTS (SELECT 1 FROM coverage_stale s WHERE s.department_code = d.department_code)
                  UNION ALL
                  SELECT l.* FROM (SELECT array_agg(DISTINCT department_code) AS codes FROM coverage_stale) s
                  CROSS JOIN LATERAL coverage_figures(s.codes) l
                  WHERE s.codes IS NOT NULL) f
            WHERE %2$s
            GROUP BY %1$s""";

    private record Scope(Coverage.Scope view, String unitFilter, String cptsFilter, String group, String cptsGroup,
            String cptsGroupJoin, String code) {
    }

    @ReadOnlyTransaction
    public Coverage of(String regionCode, String departmentCode) {
        Scope scope = scope(regionCode, departmentCode);
        EntityManager em = CommuneEntity.getEntityManager();
        Map<String, long[]> units = new HashMap<>();
        String unitSql = UNIT_FIGURES.formatted(scope.group(), scope.unitFilter());
        for (Object[] row : rows(em, unitSql, scope.code())) {
            units.put((String) row[0], Arrays.stream(row, 1, row.length).mapToLong(v -> ((Number) v).longValue()).toArray());
        }
        Map<String, Map<LifecycleStage, Integer>> statusByGroup = new HashMap<>();
        for (Object[] row : rows(em, "SELECT " + scope.cptsGroup() + ", c.status, count(*) FROM cpts c "
                + scope.cptsGroupJoin() + " WHERE c.removed_at IS NULL AND " + scope.cptsFilter() + " GROUP BY 1, 2", scope.code())) {
            statusByGroup.computeIfAbsent((String) row[0], k -> new HashMap<>())
                    .merge(row[1] == null ? null : LifecycleStage.valueOf((String) row[1]), ((Number) row[2]).intValue(),
                            Integer::sum);
        }
        Map<LifecycleStage, Integer> scopeStatus = new HashMap<>();
        for (Object[] row : rows(em, "SELECT c.status, count(*) FROM cpts c WHERE c.removed_at IS NULL AND " + scope.cptsFilter()
                + " GROUP BY 1", scope.code())) {
            scopeStatus.put(row[0] == null ? null : LifecycleStage.valueOf((String) row[0]), ((Number) row[1]).intValue());
        }
        List<Coverage.UnmappedCpts> unmapped = rows(em, "SELECT c.id, c.name, c.declared_population, "
                + "c.declared_population_precision FROM cpts c WHERE c.status = 'ACI_SIGNED' "
                + "AND c.territory_basis IS NULL AND c.removed_at IS NULL AND " + scope.cptsFilter() + " ORDER BY c.search_name, c.id", scope.code())
                .stream().map(r -> new Coverage.UnmappedCpts((String) r[0], (String) r[1],
                        r[2] == null ? null : new Count(((Number) r[2]).intValue(), Precision.valueOf((String) r[3]))))
                .toList();

        List<Coverage.AreaFigures> breakdown = new ArrayList<>();
        long[] total = new long[6];
        for (AreaRef area : breakdownAreas(scope)) {
            long[] u = units.getOrDefault(area.code(), new long[6]);
            Arrays.setAll(total, i -> total[i] + u[i]);
            breakdown.add(new Coverage.AreaFigures(area, figures(u, statusByGroup.getOrDefault(area.code(), new HashMap<>()))));
        }
        Coverage.Figures figures = figures(total, scopeStatus);
        return new Coverage(scope.view(), CommuneService.VINTAGE, figures, unmapped,
                departmentCode == null ? breakdown : List.of());
    }

    private Scope scope(String regionCode, String departmentCode) {
        if (departmentCode != null) {
            Department d = geography.department(departmentCode);
            return new Scope(new Coverage.Scope("DEPARTMENT", d.code(), d.name()), "department_code = :code",
                    "EXISTS (SELECT 1 FROM cpts_in_department x WHERE x.cpts_id = c.id AND x.department_code = :code)",
                    "department_code", "cd.department_code", "JOIN cpts_in_department cd ON cd.cpts_id = c.id",
                    d.code());
        }
        if (regionCode != null) {
            Region r = geography.region(regionCode);
            return new Scope(new Coverage.Scope("REGION", r.code(), r.name()), "region_code = :code",
                    "c.region_code = :code", "department_code", "cd.department_code",
                    "JOIN cpts_in_department cd ON cd.cpts_id = c.id", r.code());
        }
        return new Scope(new Coverage.Scope("NATIONAL", null, "France"), "true", "true", "region_code", "c.region_code",
                "", null);
    }

    private List<AreaRef> breakdownAreas(Scope scope) {
        return switch (scope.view().level()) {
            case "NATIONAL" -> geography.regions().stream().map(r -> new AreaRef(r.code(), r.name())).toList();
            case "REGION" -> geography.region(scope.code()).departments();
            default -> List.of(new AreaRef(scope.code(), scope.view().name()));
        };
    }

    private static Coverage.Figures figures(long[] u, Map<LifecycleStage, Integer> byStatus) {
        List<Coverage.StatusCount> statuses = new ArrayList<>();
        for (LifecycleStage stage : LifecycleStage.values()) {
            statuses.add(new Coverage.StatusCount(stage, byStatus.getOrDefault(stage, 0)));
        }
        statuses.add(new Coverage.StatusCount(null, byStatus.getOrDefault(null, 0)));
        long population = u[1];
        return new Coverage.Figures(statuses.stream().mapToInt(Coverage.StatusCount::count).sum(), statuses,
                population, (int) u[0],
                share(u[3], u[2], population),
                share(population - u[3], u[0] - u[2], population),
                share(u[5], u[4], population));
    }

    private static Coverage.Share share(long population, long units, long total) {
        BigDecimal ratio = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(population).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN);
        return new Coverage.Share(population, (int) units, ratio);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, String code) {
        var query = em.createNativeQuery(sql);
        if (code != null) {
            query.setParameter("code", code);
        }
        return query.getResultList();
    }
}
