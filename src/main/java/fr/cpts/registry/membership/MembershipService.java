package fr.cpts.registry.membership;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.cpts.registry.cpts.CptsEntity;

@ApplicationScoped
public class MembershipService {

    @Transactional
    public Membership of(String cptsId) {
        List<MembershipSnapshot> history = CptsEntity.findRequired(cptsId).memberships.stream()
                .map(MembershipSnapshot::of).toList();
        return new Membership(history.isEmpty() ? null : history.get(0), history);
    }
}
