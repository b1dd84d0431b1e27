package fr.cpts.registry.cpts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.cpts.registry.contract.Contract;
import fr.cpts.registry.fact.Basis;
import fr.cpts.registry.fact.BasisKind;
import fr.cpts.registry.membership.MembershipSnapshot;
import fr.cpts.registry.membership.MembershipSnapshotEntity;
import fr.cpts.registry.mission.CptsMission;
import fr.cpts.registry.source.SourceRef;
import fr.cpts.registry.source.SourceService;
import fr.cpts.registry.territory.AreaRef;

/** Builds the API representations of a CPTS from its entity. */
final class CptsViews {

    private static final Basis DERIVED_DEPARTMENT = Basis.derived("A commune of the recorded territory lies in this "
            + "department.");
    private static final String LATEST_STAGE = "The latest stage of lifecycle";

    private CptsViews() {
    }

    /** The parts of a representation that their own operations write ({@link CptsPart}), as shown. */
    record Parts(Basis statusBasis, List<CptsDetail.StageReached> lifecycle, Contract contract,
            List<CptsMission> missions, MembershipSnapshot membership) {
    }

    /**
     * The parts as a write leaves them: those it {@code changed}, or all without a representation {@code before}
     * it, from the entities (the contract from {@code contract}); the others as {@code before} shows them.
     */
    static Parts parts(CptsEntity c, CptsDetail before, Set<CptsPart> changed, Supplier<Contract> contract) {
        Predicate<CptsPart> read = part -> before == null || changed.contains(part);
        boolean lifecycle = read.test(CptsPart.LIFECYCLE);
        return new Parts(lifecycle ? statusBasis(c) : before.statusBasis(),
                lifecycle ? lifecycle(c) : before.lifecycle(),
                read.test(CptsPart.CONTRACT) ? contract.get() : before.contract(),
                read.test(CptsPart.MISSIONS) ? CptsMission.of(c.missions) : before.missions(),
                read.test(CptsPart.MEMBERSHIP) ? membership(c) : before.currentMembership());
    }

    /**
     * The full representation. {@code refs} must hold the sources named by id in the JSON facts
     * ({@link #factSourceIds}); the others are reached through the entity's associations.
     */
    static CptsDetail detail(CptsEntity c, Parts parts, Map<String, SourceRef> refs,
            Function<String, String> departmentNames) {
        return new CptsDetail(c.id, c.name, c.legalForm, c.status, parts.statusBasis(), AreaRef.of(c.region),
                departments(c, departmentNames),
                parts.lifecycle(),
                c.launchDate == null ? null
                        : new CptsDetail.Launch(c.launchDatePrecision.format(c.launchDate), c.launchDatePrecision,
                                c.launchPlace, SourceService.ref(c.launchSource)),
                SourceService.sourced(c.declaredPopulation, c.declaredPopulationPrecision, c.declaredPopulationSource),
                SourceService.sourced(c.declaredCommuneCount, c.declaredCommunePrecision, c.declaredCommuneSource),
                new CptsDetail.TerritorySummary(c.territoryBasis != null, c.territoryPopulation, c.territoryCommuneCount,
                        c.territoryVintage == null ? null : (int) c.territoryVintage),
                c.sizeCategory, sizeCategoryBasis(c),
                parts.contract(),
                parts.missions(),
                parts.membership(),
                c.partners.stream().map(p -> new CptsDetail.Partner(p.name(), p.kind(), p.role(), refs.get(p.sourceId())))
                        .toList(),
                c.governance.stream().map(g -> new CptsDetail.GovernanceBody(g.body(), g.description(),
                        g.composition().stream().map(s -> new CptsDetail.Seats(s.group(), s.count())).toList(),
                        refs.get(g.sourceId()), g.quote())).toList(),
                c.indicators.stream().map(i -> new CptsDetail.Indicator(i.code(), i.label(), i.value(), i.unit(),
                        i.precision(), i.population(), i.asOf(), i.basisOfAsOf(), refs.get(i.sourceId()), i.quote()))
                        .toList(),
                c.priorityPopulations.stream()
                        .map(p -> new CptsDetail.PriorityPopulation(p.label(), refs.get(p.sourceId()))).toList(),
                c.notes.stream().map(n -> new CptsDetail.Note(n.text(), refs.get(n.sourceId()), n.quote())).toList(),
                new CptsDetail.Identifiers(c.finess, c.siret),
                c.mentions.stream()
                        .sorted(Comparator.comparing((Mention m) -> m.source.publishedOn).thenComparing(m -> m.source.id))
                        .map(m -> new CptsDetail.Mention(SourceService.ref(m.source), m.quote)).toList(),
                c.createdAt, c.updatedAt);
    }

    private static MembershipSnapshot membership(CptsEntity c) {
        MembershipSnapshotEntity members = c.currentMembership();
        return members == null ? null : MembershipSnapshot.of(members);
    }

    private static List<CptsDetail.StageReached> lifecycle(CptsEntity c) {
        return c.lifecycle.stream()
                .sorted(Comparator.comparing((LifecycleEvent e) -> e.occurredOn).thenComparing(e -> e.stage))
                .map(e -> new CptsDetail.StageReached(e.stage, e.datePrecision.format(e.occurredOn), e.datePrecision,
                        SourceService.ref(e.source), e.quote, e.basis.toBasis()))
                .toList();
    }

    /** The status is the latest stage: derived from it, or inferred with the reasoning that stage is inferred by. */
    private static Basis statusBasis(CptsEntity c) {
        if (c.statusBasis == null) {
            return null;
        }
        if (c.statusBasis == BasisKind.DERIVED) {
            return Basis.derived(LATEST_STAGE + ".");
        }
        String reading = c.lifecycle.stream().filter(e -> e.stage == c.status).map(e -> e.basis.reason)
                .filter(Objects::nonNull).findFirst().orElse("see lifecycle.");
        return new Basis(BasisKind.INFERRED, LATEST_STAGE + ", which is inferred: " + reading);
    }

    private static String sizeCategoryBasis(CptsEntity c) {
        if (c.sizeCategory == null) {
            return null;
        }
        return c.territoryPopulation != null ? "COMPUTED_POPULATION" : "DECLARED_POPULATION";
    }

    /** Ids of the sources the JSON facts name. */
    static Set<String> factSourceIds(CptsEntity c) {
        return Stream.of(
                c.partners.stream().map(StoredFacts.Partner::sourceId),
                c.governance.stream().map(StoredFacts.GovernanceBody::sourceId),
                c.indicators.stream().map(StoredFacts.Indicator::sourceId),
                c.priorityPopulations.stream().map(StoredFacts.PriorityPopulation::sourceId),
                c.notes.stream().map(StoredFacts.Note::sourceId))
                .flatMap(s -> s).collect(Collectors.toSet());
    }

    /**
     * Those the sources place it in, by code, then those of its recorded communes not among them; {@code names} from
     * the reference geography in memory (the code of a department reference needs no query).
     */
    private static List<CptsDepartment> departments(CptsEntity c, Function<String, String> names) {
        List<CptsDepartment> departments = new ArrayList<>();
        Set<String> recorded = new HashSet<>();
        c.departments.stream().sorted(Comparator.comparing((RecordedDepartment d) -> d.department.code)).forEach(d -> {
            recorded.add(d.department.code);
            departments.add(new CptsDepartment(d.department.code, names.apply(d.department.code),
                    d.basis.toBasis()));
        });
        if (c.territoryDepartments != null) {
            for (String code : c.territoryDepartments) {
                if (recorded.add(code)) {
                    departments.add(new CptsDepartment(code, names.apply(code), DERIVED_DEPARTMENT));
                }
            }
        }
        return departments;
    }
}
