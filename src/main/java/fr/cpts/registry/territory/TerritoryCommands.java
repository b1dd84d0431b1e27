package fr.cpts.registry.territory;

import fr.cpts.registry.fact.BasisKind;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import fr.cpts.registry.cpts.CptsCommands;
import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.cpts.CptsWrite;
import fr.cpts.registry.http.BodyErrors;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ExpectedVersion;
import fr.cpts.registry.source.SourceIds;

@ApplicationScoped
public class TerritoryCommands {

    @Inject
    CptsCommands cpts;

    @Inject
    TerritoryService territories;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    /** Records the commune list, validated against the reference communes, and the figures computed from it. */
    @Transactional
    public Versioned<Territory> set(String cptsId, ExpectedVersion expected, TerritoryInput input) {
        CptsWrite write = cpts.begin(cptsId, expected);
        CptsEntity entity = write.cpts();
        BodyErrors errors = new BodyErrors();
        errors.validate(validator, input);
        EpciEntity epci = input.epci() == null ? null : em.find(EpciEntity.class, input.epci());
        if (input.epci() != null && epci == null && input.epci().matches("\\d{9}")) {
            errors.reject("/epci", "no EPCI has code '" + input.epci() + "'");
        }
        List<String> codes = input.communes() != null && !input.communes().isEmpty() ? input.communes()
                : epci == null ? List.of() : members(epci.code);
        if (codes.isEmpty() && input.epci() == null) {
            errors.reject("/communes", "give the communes, or an EPCI whose communes form the territory");
        }
        List<CommuneEntity> communes = input.communes() != null && !input.communes().isEmpty()
                ? checkCommunes(errors, input.communes())
                : CommuneEntity.list("code in ?1", codes);
        if (input.basisKind() == BasisKind.DERIVED) {
            errors.reject("/basisKind", "must be STATED or INFERRED: a commune list is given by a source or read from it");
        }
        SourceIds.requireExisting(errors, SourceIds.at("/sourceId", input.sourceId()));
        errors.throwIfAny();

        entity.communes.clear();
        entity.communes.addAll(communes);
        entity.territoryBasis = input.basis().strip();
        entity.territoryBasisKind = input.basisKind() == BasisKind.INFERRED ? BasisKind.INFERRED : BasisKind.STATED;
        entity.territoryEpci = epci;
        entity.territorySource = cpts.source(input.sourceId());
        entity.territoryQuote = input.quote();
        entity.territoryPopulation = communes.stream().mapToInt(c -> c.population == null ? 0 : c.population).sum();
        entity.territoryCommuneCount = communes.size();
        entity.territoryVintage = (short) CommuneService.VINTAGE;
        entity.territoryDepartments = communes.stream().map(c -> c.department.code).distinct().sorted()
                .toArray(String[]::new);
        long version = write.commit("TERRITORY_SET").version();
        return new Versioned<>(territories.of(entity), version);
    }

    /** Forgets the commune list: the territory is known only by its declared figures again. */
    @Transactional
    public long clear(String cptsId, ExpectedVersion expected) {
        CptsWrite write = cpts.begin(cptsId, expected);
        CptsEntity entity = write.cpts();
        entity.communes.clear();
        entity.territoryBasis = null;
        entity.territoryBasisKind = null;
        entity.territoryEpci = null;
        entity.territorySource = null;
        entity.territoryQuote = null;
        entity.territoryPopulation = null;
        entity.territoryCommuneCount = null;
        entity.territoryVintage = null;
        entity.territoryDepartments = null;
        return write.commit("TERRITORY_CLEARED").version();
    }

    /** Existing communes or districts, each once, never a district with its own commune (counted twice). */
    private static List<CommuneEntity> checkCommunes(BodyErrors errors, List<String> codes) {
        Map<String, CommuneEntity> found = new HashMap<>();
        CommuneEntity.<CommuneEntity>list("code in ?1", new HashSet<>(codes)).forEach(c -> found.put(c.code, c));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            CommuneEntity commune = code == null ? null : found.get(code);
            if (code == null || !code.matches("\\d{5}|2[AB]\\d{3}")) {
                continue;
            }
            if (commune == null) {
                errors.reject("/communes/" + i, "no commune or municipal district has code '" + code + "' (INSEE 2026)");
            } else if (!seen.add(code)) {
                errors.reject("/communes/" + i, "commune " + code + " is given twice");
            } else if (commune.parentCode != null && codes.contains(commune.parentCode)) {
                errors.reject("/communes/" + i, "district " + code + " is part of commune " + commune.parentCode
                        + ", also listed");
            }
        }
        return codes.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<String> members(String epciCode) {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT commune_code FROM epci_member WHERE epci_code = :code")
                .setParameter("code", epciCode).getResultList();
        return codes;
    }
}
