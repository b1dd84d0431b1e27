package fr.cpts.registry.membership;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.persistence.ReadOnlyTransaction;

@ApplicationScoped
public class MembershipService {

    @ReadOnlyTransaction
    public Membership of(String cptsId) {
        List<MembershipSnapshot> history = CptsEntity.findRequired(cptsId).memberships.stream()
                .map(MembershipSnapshot::of).toList();
        return new Membership(history.isEmpty() ? null : history.get(0), history);
    }
}
