package fr.cpts.registry.territory;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.http.QueryParameters;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.persistence.Refusal;

/**
 * The regions and departments of the reference geography with their population and commune counts. They change only
 * with a migration, so they are read once per process, in two queries.
 */
@ApplicationScoped
public class ReferenceGeography {

    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, Region> regions, Map<String, Department> departments) {
    }

    public List<Region> regions() {
        return List.copyOf(snapshot().regions().values());
    }

    public Region region(String code) {
        Region region = snapshot().regions().get(Codes.canonical(code));
        if (region == null) {
            throw Refusal.notFound("region", code);
        }
        return region;
    }

    public List<Department> departments(String regionCode) {
        return snapshot().departments().values().stream()
                .filter(d -> regionCode == null || d.region().code().equals(regionCode)).toList();
    }

    public Department department(String code) {
        Department department = snapshot().departments().get(Codes.canonical(code));
        if (department == null) {
            throw Refusal.notFound("department", code);
        }
        return department;
    }

    public boolean isRegion(String code) {
        return snapshot().regions().containsKey(code);
    }

    public boolean isDepartment(String code) {
        return snapshot().departments().containsKey(code);
    }

    /** Parses a region-code query parameter: any code GET /v1/regions serves, in either case. */
    public String region(QueryParameters params, String name, String raw) {
        return known(params, name, raw, Codes.REGION, Codes.REGION_FORMAT, this::isRegion, "region", "/v1/regions");
    }

    /** Parses a department-code query parameter: any code GET /v1/departments serves, in either case. */
    public String department(QueryParameters params, String name, String raw) {
        return known(params, name, raw, Codes.DEPARTMENT, Codes.DEPARTMENT_FORMAT, this::isDepartment, "department",
                "/v1/departments");
    }

    /** Parses a commune-code query parameter: any commune or municipal district code, in either case. */
    public String commune(QueryParameters params, String name, String raw) {
        return known(params, name, raw, Codes.COMMUNE, Codes.COMMUNE_FORMAT, code -> CommuneEntity.findById(code) != null,
                "commune", "/v1/communes");
    }

    private static String known(QueryParameters params, String name, String raw, Pattern format, String expected,
            Predicate<String> exists, String what, String list) {
        String code = params.matching(name, Codes.canonical(raw), format, expected);
        if (code != null && !exists.test(code)) {
            params.reject(name, "no " + what + " has code '" + code + "'; see GET " + list);
            return null;
        }
        return code;
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    @ReadOnlyTransaction
    Snapshot load() {
        Map<String, long[]> stats = new LinkedHashMap<>();
        List<Object[]> rows = CommuneEntity.getEntityManager().createQuery(
                "select c.department.code, count(c), coalesce(sum(c.population), 0) from CommuneEntity c "
                        + "where c.kind = fr.cpts.registry.territory.CommuneKind.COMMUNE group by c.department.code",
                Object[].class).getResultList();
        rows.forEach(r -> stats.put((String) r[0], new long[] { (Long) r[1], ((Number) r[2]).longValue() }));
        List<RegionEntity> regionRows = RegionEntity.list("order by code");
        List<DepartmentEntity> departmentRows = DepartmentEntity.list("order by code");
        Map<String, RegionEntity> regionByCode = new LinkedHashMap<>();
        regionRows.forEach(r -> regionByCode.put(r.code, r));
        Map<String, Department> departments = new LinkedHashMap<>();
        for (DepartmentEntity d : departmentRows) {
            long[] s = stats.getOrDefault(d.code, new long[2]);
            departments.put(d.code, new Department(d.code, d.name, d.zone, AreaRef.of(regionByCode.get(d.regionCode)),
                    s[1], (int) s[0]));
        }
        Map<String, Region> regions = new LinkedHashMap<>();
        for (RegionEntity r : regionRows) {
            List<Department> inRegion = departments.values().stream().filter(d -> d.region().code().equals(r.code))
                    .sorted(Comparator.comparing(Department::code)).toList();
            regions.put(r.code, new Region(r.code, r.name, r.zone, inRegion.stream().mapToLong(Department::population).sum(),
                    inRegion.stream().mapToInt(Department::communeCount).sum(),
                    inRegion.stream().map(d -> new AreaRef(d.code(), d.name())).toList()));
        }
        return new Snapshot(Collections.unmodifiableMap(regions), Collections.unmodifiableMap(departments));
    }
}
