package fr.cpts.registry.mission;

import fr.cpts.registry.fact.BasisInput;
import fr.cpts.registry.fact.BasisKind;
import fr.cpts.registry.fact.StoredBasis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import fr.cpts.registry.cpts.CptsPart;
import fr.cpts.registry.cpts.CptsWrite;
import fr.cpts.registry.http.BodyErrors;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ExpectedVersion;
import fr.cpts.registry.source.SourceIds;

@ApplicationScoped
public class MissionCommands {

    @Inject
    CptsCommands cpts;

    @Inject
    MissionService missions;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Transactional
    public Versioned<List<CptsMission>> set(String cptsId, ExpectedVersion expected, MissionsInput input) {
        CptsWrite write = cpts.begin(cptsId, expected);
        CptsEntity entity = write.cpts();
        BodyErrors errors = new BodyErrors();
        errors.validate(validator, input);
        Map<String, String> sources = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<MissionsInput.Item> items = input.items() == null ? List.of() : input.items();
        for (int i = 0; i < items.size(); i++) {
            MissionsInput.Item item = items.get(i);
            if (item != null) {
                BasisInput.check(item.basis(), errors::reject, "/items/" + i + "/basis", BasisKind.STATED,
                        BasisKind.INFERRED);
            }
            if (item == null || item.mission() == null) {
                continue;
            }
            if (!missions.exists(item.mission())) {
                errors.reject("/items/" + i + "/mission", "no mission has code '" + item.mission() + "'; see /v1/missions");
            } else if (!seen.add(item.mission())) {
                errors.reject("/items/" + i + "/mission", "mission " + item.mission() + " is given twice");
            }
            sources.put("/items/" + i + "/sourceId", item.sourceId());
        }
        SourceIds.requireExisting(errors, sources);
        errors.throwIfAny();
        entity.missions.clear();
        for (MissionsInput.Item item : items) {
            CarriedMission carried = new CarriedMission();
            carried.mission = em.getReference(MissionEntity.class, item.mission());
            carried.actions = new ArrayList<>(item.actions().stream().map(String::strip).toList());
            carried.note = item.note();
            carried.source = cpts.source(item.sourceId());
            carried.quote = item.quote();
            carried.basis = StoredBasis.of(BasisInput.basis(item.basis()));
            entity.missions.add(carried);
        }
        CptsWrite.Committed written = write.commit("MISSIONS_SET", CptsPart.MISSIONS);
        return new Versioned<>(written.detail().missions(), written.version());
    }
}
