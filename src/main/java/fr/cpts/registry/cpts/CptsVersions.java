package fr.cpts.registry.cpts;

import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.cpts.registry.http.Versions;
import fr.cpts.registry.persistence.DirectReads;
import fr.cpts.registry.persistence.Ids;

/** The version of a CPTS readers can see (not deleted), in one indexed read. */
@ApplicationScoped
public class CptsVersions implements Versions {

    @Inject
    DirectReads direct;

    @Override
    public OptionalLong current(String id) {
        if (!Ids.plausible(id)) {
            return OptionalLong.empty();
        }
        return direct.first("SELECT version FROM cpts WHERE id = ? AND removed_at IS NULL", row -> row.getLong(1), id)
                .map(OptionalLong::of).orElseGet(OptionalLong::empty);
    }
}
