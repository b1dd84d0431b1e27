package fr.cpts.registry.territory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.fact.SizeCategory;
import fr.cpts.registry.fact.SourcedCount;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.source.SourceService;

@ApplicationScoped
public class TerritoryService {

    @ReadOnlyTransaction
    public Territory of(String cptsId) {
        return of(CptsEntity.findRequired(cptsId));
    }

    /** The territory of a CPTS, in the caller's transaction. */
    public Territory of(CptsEntity cpts) {
        SourcedCount declaredPopulation = SourceService.sourced(cpts.declaredPopulation, cpts.declaredPopulationPrecision,
                cpts.declaredPopulationSource);
        SourcedCount declaredCommunes = SourceService.sourced(cpts.declaredCommuneCount, cpts.declaredCommunePrecision,
                cpts.declaredCommuneSource);
        if (cpts.territoryBasis == null) {
            return new Territory(cpts.id, false, null, null, null, declaredPopulation, declaredCommunes, null, null,
                    List.of(), List.of(), List.of());
        }
        List<CommuneEntity> communes = cpts.communes.stream().sorted(Comparator.comparing(c -> c.code)).toList();
        return new Territory(cpts.id, true,
                new Territory.Basis(cpts.territoryBasisKind, cpts.territoryBasis, Commune.EpciRef.of(cpts.territoryEpci),
                        SourceService.ref(cpts.territorySource), cpts.territoryQuote),
                (int) cpts.territoryVintage,
                new Territory.Computed(cpts.territoryPopulation, cpts.territoryCommuneCount,
                        SizeCategory.of(cpts.territoryPopulation)),
                declaredPopulation, declaredCommunes,
                compare(cpts.territoryPopulation, cpts.declaredPopulation),
                compare(cpts.territoryCommuneCount, cpts.declaredCommuneCount),
                byDepartment(communes), overlaps(cpts),
                communes.stream().map(c -> new Commune.CommuneRef(c.code, c.name, c.population)).toList());
    }

    /** The relative difference of a computed figure from a declared one, flagged beyond the tolerance. */
    static Territory.Comparison compare(Integer computed, Integer declared) {
        if (computed == null || declared == null || declared == 0) {
            return null;
        }
        BigDecimal difference = BigDecimal.valueOf(computed - (long) declared)
                .divide(BigDecimal.valueOf(declared), 4, RoundingMode.HALF_EVEN);
        return new Territory.Comparison(difference, difference.abs().compareTo(Territory.TOLERANCE) > 0);
    }

    private static List<Territory.DepartmentPart> byDepartment(List<CommuneEntity> communes) {
        Map<DepartmentEntity, int[]> parts = new LinkedHashMap<>();
        communes.stream().sorted(Comparator.comparing(c -> c.department.code)).forEach(c -> {
            int[] part = parts.computeIfAbsent(c.department, d -> new int[2]);
            part[0]++;
            part[1] += c.population == null ? 0 : c.population;
        });
        return parts.entrySet().stream()
                .map(e -> new Territory.DepartmentPart(e.getKey().code, e.getKey().name, e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** Other CPTS sharing coverage units with this one, in one query. */
    private static List<Territory.Overlap> overlaps(CptsEntity cpts) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = CptsEntity.getEntityManager().createNativeQuery("""
                SELECT o.id, o.name, o.status, string_agg(DISTINCT mine.unit_code, ',' ORDER BY mine.unit_code)
                FROM cpts_unit mine
                JOIN cpts_unit theirs ON theirs.unit_code = mine.unit_code AND theirs.cpts_id <> mine.cpts_id
                JOIN cpts o ON o.id = theirs.cpts_id AND o.removed_at IS NULL
                WHERE mine.cpts_id = :id
                GROUP BY o.id, o.name, o.status, o.search_name
                ORDER BY o.search_name, o.id""")
                .setParameter("id", cpts.id).getResultList();
        boolean operating = cpts.status == LifecycleStage.ACI_SIGNED;
        return rows.stream().map(row -> {
            LifecycleStage status = row[2] == null ? null : LifecycleStage.valueOf((String) row[2]);
            return new Territory.Overlap((String) row[0], (String) row[1], status,
                    operating && status == LifecycleStage.ACI_SIGNED, Arrays.asList(((String) row[3]).split(",")));
        }).toList();
    }
}
