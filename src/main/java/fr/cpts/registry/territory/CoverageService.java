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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.fact.Count;
import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.persistence.DirectReads;

/**
 * Coverage of the country, a region or a department, in one statement whatever the area (one snapshot: its figures
 * agree with each other), without a transaction.
 */
@ApplicationScoped
public class CoverageService {

    @Inject
    ReferenceGeography geography;

    @Inject
    DirectReads direct;

    @Inject
    ObjectMapper mapper;

    /**
     * The figures of an area, as three JSON arrays. Units per breakdown area: [area, units, population, covered,
     * covered population, overlapping, overlapping population], from the departments' figures kept by the writes,
     * those a change outside the API made stale computed live (V16, V20). CPTS per lifecycle stage: [area, status,
     * count, whole], per breakdown area and (whole = 1) for the whole area, a CPTS in several of its departments
     * counted once. Operating CPTS whose commune list is unknown: [id, name, declared population, precision].
     * %1$s is the breakdown column of the departments' figures, %2$s their filter, %3$s the breakdown expression of
     * the CPTS, %4$s its join, %5$s the filter of the CPTS, %6$s how to count CPTS (once each, when the join repeats
     * them); each filter takes the area's code as its parameter.
     */
    private static final String FIGURES = """
            WITH units AS (
                SELECT %1$s AS area, sum(units) AS units, sum(population) AS population,
                       sum(covered_units) AS covered, sum(covered_population) AS covered_population,
                       sum(overlapping_units) AS overlapping, sum(overlapping_population) AS overlapping_population
                FROM coverage_department_now() f
                WHERE %2$s
                GROUP BY 1),
            statuses AS (
                SELECT %3$s AS area, c.status, %6$s AS n, GROUPING(%3$s) AS whole
                FROM cpts c %4$s
                WHERE c.removed_at IS NULL AND %5$s
                GROUP BY GROUPING SETS ((%3$s, c.status), (c.status)))
            SELECT (SELECT json_agg(json_build_array(area, units, population, covered, covered_population, overlapping,
                        overlapping_population)) FROM units),
                   (SELECT json_agg(json_build_array(area, status, n, whole)) FROM statuses),
                   (SELECT json_agg(json_build_array(c.id, c.name, c.declared_population, c.declared_population_precision)
                        ORDER BY c.search_name, c.id)
                    FROM cpts c WHERE c.status = 'ACI_SIGNED' AND c.territory_basis IS NULL AND c.removed_at IS NULL
                        AND %5$s)""";

    private record Scope(Coverage.Scope view, String unitFilter, String cptsFilter, String group, String cptsGroup,
            String cptsGroupJoin, String code) {
    }

    public Coverage of(String regionCode, String departmentCode) {
        Scope scope = scope(regionCode, departmentCode);
        String sql = FIGURES.formatted(scope.group(), scope.unitFilter(), scope.cptsGroup(), scope.cptsGroupJoin(),
                scope.cptsFilter(), scope.cptsGroupJoin().isEmpty() ? "count(*)" : "count(DISTINCT c.id)");
        Object[] code = scope.code() == null ? new Object[0] : new Object[] { scope.code(), scope.code(), scope.code() };
        JsonNode[] figures = direct.first(sql, row -> new JsonNode[] { json(row.getString(1)), json(row.getString(2)),
                json(row.getString(3)) }, code).orElseThrow();

        Map<String, long[]> units = new HashMap<>();
        for (JsonNode row : figures[0]) {
            long[] values = new long[6];
            Arrays.setAll(values, i -> row.get(i + 1).asLong());
            units.put(row.get(0).asText(null), values);
        }
        Map<String, Map<LifecycleStage, Integer>> statusByGroup = new HashMap<>();
        Map<LifecycleStage, Integer> scopeStatus = new HashMap<>();
        for (JsonNode row : figures[1]) {
            LifecycleStage status = row.get(1).isNull() ? null : LifecycleStage.valueOf(row.get(1).asText());
            Map<LifecycleStage, Integer> counts = row.get(3).asInt() == 1 ? scopeStatus
                    : statusByGroup.computeIfAbsent(row.get(0).asText(null), k -> new HashMap<>());
            counts.merge(status, row.get(2).asInt(), Integer::sum);
        }
        List<Coverage.UnmappedCpts> unmapped = new ArrayList<>();
        for (JsonNode row : figures[2]) {
            unmapped.add(new Coverage.UnmappedCpts(row.get(0).asText(), row.get(1).asText(), row.get(2).isNull() ? null
                    : new Count(row.get(2).asInt(), Precision.valueOf(row.get(3).asText()))));
        }

        List<Coverage.AreaFigures> breakdown = new ArrayList<>();
        long[] total = new long[6];
        for (AreaRef area : breakdownAreas(scope)) {
            long[] u = units.getOrDefault(area.code(), new long[6]);
            Arrays.setAll(total, i -> total[i] + u[i]);
            breakdown.add(new Coverage.AreaFigures(area, figures(u, statusByGroup.getOrDefault(area.code(), new HashMap<>()))));
        }
        return new Coverage(scope.view(), CommuneService.VINTAGE, figures(total, scopeStatus), unmapped,
                departmentCode == null ? breakdown : List.of());
    }

    /** An array the database aggregated; empty for none (null). */
    private JsonNode json(String array) {
        try {
            return array == null ? mapper.createArrayNode() : mapper.readTree(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Scope scope(String regionCode, String departmentCode) {
        if (departmentCode != null) {
            Department d = geography.department(departmentCode);
            return new Scope(new Coverage.Scope("DEPARTMENT", d.code(), d.name()), "department_code = ?",
                    "EXISTS (SELECT 1 FROM cpts_in_department x WHERE x.cpts_id = c.id AND x.department_code = ?)",
                    "department_code", "cd.department_code", "LEFT JOIN cpts_in_department cd ON cd.cpts_id = c.id",
                    d.code());
        }
        if (regionCode != null) {
            Region r = geography.region(regionCode);
            return new Scope(new Coverage.Scope("REGION", r.code(), r.name()), "region_code = ?",
                    "c.region_code = ?", "department_code", "cd.department_code",
                    "LEFT JOIN cpts_in_department cd ON cd.cpts_id = c.id", r.code());
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
}
