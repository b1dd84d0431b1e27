package fr.cpts.registry.territory;

import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.http.QueryParameters;

/**
 * The region and department codes of the reference geography. They change only with a migration, so they are read
 * once per process.
 */
@ApplicationScoped
public class ReferenceGeography {

    private volatile Set<String> regions;
    private volatile Set<String> departments;

    /** Parses a region-code query parameter: well-formed and existing, else reported to {@code params}. */
    public String region(QueryParameters params, String name, String raw) {
        return known(params, name, params.matching(name, raw, Codes.REGION, Codes.REGION_FORMAT), this::isRegion, "region");
    }

    /** Parses a department-code query parameter: well-formed and existing, else reported to {@code params}. */
    public String department(QueryParameters params, String name, String raw) {
        return known(params, name, params.matching(name, raw, Codes.DEPARTMENT, Codes.DEPARTMENT_FORMAT),
                this::isDepartment, "department");
    }

    private static String known(QueryParameters params, String name, String code, Predicate<String> exists, String what) {
        if (code != null && !exists.test(code)) {
            params.reject(name, "no " + what + " has code '" + code + "'");
            return null;
        }
        return code;
    }

    public boolean isRegion(String code) {
        if (regions == null) {
            regions = load("select r.code from RegionEntity r");
        }
        return regions.contains(code);
    }

    public boolean isDepartment(String code) {
        if (departments == null) {
            departments = load("select d.code from DepartmentEntity d");
        }
        return departments.contains(code);
    }

    private static Set<String> load(String query) {
        return RegionEntity.getEntityManager().createQuery(query, String.class).getResultStream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
