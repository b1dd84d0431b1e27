package fr.cpts.registry.cpts;

import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import fr.cpts.registry.http.Versions;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.ReadOnlyTransaction;

/** The version of a CPTS readers can see (not deleted), in one indexed read. */
@ApplicationScoped
public class CptsVersions implements Versions {

    @Inject
    EntityManager em;

    @Override
    @ReadOnlyTransaction
    public OptionalLong current(String id) {
        if (!Ids.plausible(id)) {
            return OptionalLong.empty();
        }
        List<?> version = em.createNativeQuery("SELECT version FROM cpts WHERE id = :id AND removed_at IS NULL")
                .setParameter("id", id).getResultList();
        return version.isEmpty() ? OptionalLong.empty() : OptionalLong.of(((Number) version.get(0)).longValue());
    }
}
