package fr.cpts.registry.cpts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.cpts.registry.contract.AciContractEntity;
import fr.cpts.registry.contract.Contract;
import fr.cpts.registry.fact.Count;
import fr.cpts.registry.fact.DatedCount;
import fr.cpts.registry.membership.MembershipSnapshot;
import fr.cpts.registry.membership.MembershipSnapshotEntity;
import fr.cpts.registry.mission.CptsMission;
import fr.cpts.registry.source.SourceRef;
import fr.cpts.registry.source.SourceService;
import fr.cpts.registry.territory.AreaRef;

/** Builds the API representations of a CPTS from its entity. */
final class CptsViews {

    private CptsViews() {
    }

    static CptsSummary summary(CptsEntity c, AciContractEntity contract) {
        MembershipSnapshotEntity members = c.currentMembership();
        return new CptsSummary(c.id, c.name, c.status, AreaRef.of(c.region), departments(c),
                contract == null ? null : contract.signedOnPrecision.format(contract.signedOn),
                Count.of(c.declaredPopulation, c.declaredPopulationPrecision), c.territoryPopulation, c.sizeCategory,
                c.missions.stream().map(m -> m.mission).sorted(Comparator.comparingInt(m -> m.position))
                        .map(m -> m.code).toList(),
                members == null ? null : new DatedCount(members.memberCount, members.memberCountPrecision, members.asOf));
    }

    /**
     * The full representation. {@code refs} must hold the sources named by id in the JSON facts
     * ({@link #factSourceIds}); the others are reached through the entity's associations.
     */
    static CptsDetail detail(CptsEntity c, Contract contract, Map<String, SourceRef> refs) {
        MembershipSnapshotEntity members = c.currentMembership();
        return new CptsDetail(c.id, c.name, c.legalForm, c.status, AreaRef.of(c.region), departments(c),
                c.lifecycle.stream()
                        .sorted(Comparator.comparing((LifecycleEvent e) -> e.occurredOn).thenComparing(e -> e.stage))
                        .map(e -> new CptsDetail.StageReached(e.stage, e.datePrecision.format(e.occurredOn),
                                e.datePrecision, SourceService.ref(e.source), e.quote))
                        .toList(),
                c.launchDate == null ? null
                        : new CptsDetail.Launch(c.launchDatePrecision.format(c.launchDate), c.launchDatePrecision,
                                c.launchPlace, SourceService.ref(c.launchSource)),
                SourceService.sourced(c.declaredPopulation, c.declaredPopulationPrecision, c.declaredPopulationSource),
                SourceService.sourced(c.declaredCommuneCount, c.declaredCommunePrecision, c.declaredCommuneSource),
                new CptsDetail.TerritorySummary(c.territoryBasis != null, c.territoryPopulation, c.territoryCommuneCount,
                        c.territoryVintage == null ? null : (int) c.territoryVintage),
                c.sizeCategory, sizeCategoryBasis(c),
                contract,
                CptsMission.of(c.missions),
                members == null ? null : MembershipSnapshot.of(members),
                c.partners.stream().map(p -> new CptsDetail.Partner(p.name(), p.kind(), p.role(), refs.get(p.sourceId())))
                        .toList(),
                c.governance.stream().map(g -> new CptsDetail.GovernanceBody(g.body(), g.description(),
                        g.composition().stream().map(s -> new CptsDetail.Seats(s.group(), s.count())).toList(),
                        refs.get(g.sourceId()), g.quote())).toList(),
                c.indicators.stream().map(i -> new CptsDetail.Indicator(i.code(), i.label(), i.value(), i.unit(),
                        i.precision(), i.population(), i.asOf(), refs.get(i.sourceId()), i.quote())).toList(),
                c.priorityPopulations.stream()
                        .map(p -> new CptsDetail.PriorityPopulation(p.label(), refs.get(p.sourceId()))).toList(),
                c.notes.stream().map(n -> new CptsDetail.Note(n.text(), refs.get(n.sourceId()), n.quote())).toList(),
                new CptsDetail.Identifiers(c.finess, c.siret),
                c.mentions.stream()
                        .sorted(Comparator.comparing((Mention m) -> m.source.publishedOn).thenComparing(m -> m.source.id))
                        .map(m -> new CptsDetail.Mention(SourceService.ref(m.source), m.quote)).toList(),
                c.createdAt, c.updatedAt);
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

    /** By code, whether the departments were just written or loaded (@OrderBy applies on load only). */
    private static List<AreaRef> departments(CptsEntity c) {
        return c.departments.stream().map(AreaRef::of).sorted(Comparator.comparing(AreaRef::code)).toList();
    }
}
