package fr.cpts.registry.mission;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.persistence.Refusal;

@ApplicationScoped
public class MissionService {

    private volatile java.util.Set<String> codes;

    @ReadOnlyTransaction
    public List<Mission> catalog() {
        return MissionEntity.<MissionEntity>list("order by position").stream().map(Mission::of).toList();
    }

    /** Whether a mission has this code; the catalog changes only with a migration. */
    public boolean exists(String code) {
        if (codes == null) {
            codes = catalog().stream().map(Mission::code).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        return codes.contains(code);
    }

    @ReadOnlyTransaction
    public Mission get(String code) {
        if (!exists(code)) {
            throw Refusal.notFound("mission", code);
        }
        return Mission.of(MissionEntity.findById(code));
    }

    /** The missions a CPTS carries, with the version of the CPTS, whose ETag they share. */
    @ReadOnlyTransaction
    public Versioned<List<CptsMission>> carriedBy(String cptsId) {
        CptsEntity cpts = CptsEntity.findRequired(cptsId);
        return new Versioned<>(CptsMission.of(cpts.missions), cpts.version);
    }
}
