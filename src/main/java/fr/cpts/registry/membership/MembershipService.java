package fr.cpts.registry.membership;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ReadOnlyTransaction;

@ApplicationScoped
public class MembershipService {

    /** The order of a membership history: latest count first. */
    static final Comparator<MembershipSnapshotEntity> NEWEST_FIRST = Comparator
            .comparing((MembershipSnapshotEntity m) -> m.asOf).reversed().thenComparing(m -> m.id);

    /** The membership of a CPTS, with its version, whose ETag it shares. */
    @ReadOnlyTransaction
    public Versioned<Membership> of(String cptsId) {
        CptsEntity cpts = CptsEntity.findRequired(cptsId);
        return new Versioned<>(of(cpts), cpts.version);
    }

    static Membership of(CptsEntity cpts) {
        List<MembershipSnapshot> history = cpts.memberships.stream().map(MembershipSnapshot::of).toList();
        return new Membership(history.isEmpty() ? null : history.get(0), history);
    }
}
