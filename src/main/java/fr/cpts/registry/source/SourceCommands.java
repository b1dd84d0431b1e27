package fr.cpts.registry.source;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import fr.cpts.registry.fact.Dates;
import fr.cpts.registry.cpts.CptsReadModel;
import fr.cpts.registry.http.BodyErrors;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ExpectedVersion;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.Refusal;
import fr.cpts.registry.persistence.Timestamps;
import fr.cpts.registry.sync.ChangeLog;
import fr.cpts.registry.sync.ResourceType;

/** Writes to sources (role cpts-admin). A changed source changes every CPTS citing it: their versions move too. */
@ApplicationScoped
public class SourceCommands {

    /** Every CPTS citing a source, wherever the reference sits. */
    private static final String CITING = """
            SELECT cpts_id FROM cpts_mention WHERE source_id = :id
            UNION SELECT cpts_id FROM lifecycle_event WHERE source_id = :id
            UNION SELECT cpts_id FROM aci_contract WHERE source_id = :id
            UNION SELECT cpts_id FROM cpts_mission WHERE source_id = :id
            UNION SELECT cpts_id FROM membership_snapshot WHERE source_id = :id
            UNION SELECT id FROM cpts WHERE :id IN (launch_source_id, declared_population_source_id,
                                                   declared_commune_source_id, territory_source_id)
               OR partners @> jsonb_build_array(jsonb_build_object('sourceId', :id))
               OR governance @> jsonb_build_array(jsonb_build_object('sourceId', :id))
               OR indicators @> jsonb_build_array(jsonb_build_object('sourceId', :id))
               OR priority_populations @> jsonb_build_array(jsonb_build_object('sourceId', :id))
               OR notes @> jsonb_build_array(jsonb_build_object('sourceId', :id))""";

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    Validator validator;

    @Inject
    CptsReadModel readModel;

    @Transactional
    public Versioned<Source> create(SourceInput input) {
        changes.beginWrite();
        check(input);
        SourceEntity source = new SourceEntity();
        source.id = Ids.next("src");
        source.createdAt = Timestamps.now();
        apply(input, source);
        source.persist();
        em.flush();
        Source created = Source.of(source);
        changes.record(ResourceType.SOURCE, source.id, "CREATED", source.version, null, created);
        return new Versioned<>(created, source.version);
    }

    @Transactional
    public Versioned<Source> replace(String id, ExpectedVersion expected, SourceInput input) {
        SourceEntity source = lock(id, expected);
        check(input);
        Source before = Source.of(source);
        apply(input, source);
        em.flush();
        Source after = Source.of(source);
        changes.record(ResourceType.SOURCE, id, "UPDATED", source.version, before, after);
        touchCiting(id, before, after);
        return new Versioned<>(after, source.version);
    }

    /** Deletes a source no fact cites; one still cited is a 409. */
    @Transactional
    public void remove(String id, ExpectedVersion expected) {
        SourceEntity source = lock(id, expected);
        if (!citing(id).isEmpty() || ((Number) em.createNativeQuery(
                "SELECT count(*) FROM reported_figure WHERE source_id = :id").setParameter("id", id).getSingleResult())
                .longValue() > 0) {
            throw new Refusal(Refusal.Kind.CONFLICT, "Facts still cite this source: change them first.");
        }
        changes.record(ResourceType.SOURCE, id, "DELETED", source.version + 1, Source.of(source), null);
        source.delete();
    }

    private SourceEntity lock(String id, ExpectedVersion expected) {
        changes.beginWrite();
        SourceEntity source = Ids.plausible(id) ? em.find(SourceEntity.class, id, LockModeType.PESSIMISTIC_WRITE) : null;
        if (source == null) {
            throw Refusal.notFound("source", id);
        }
        expected.check(source.version);
        return source;
    }

    /** The CPTS citing a changed source get a new version and a SOURCE_UPDATED change, as their representation did. */
    private void touchCiting(String id, Source before, Source after) {
        for (String cptsId : citing(id)) {
            Number version = (Number) em.createNativeQuery("UPDATE cpts SET version = version + 1, updated_at = now() "
                    + "WHERE id = :id AND removed_at IS NULL RETURNING version").setParameter("id", cptsId)
                    .getResultStream().findFirst().orElse(null);
            if (version != null) {
                changes.record(ResourceType.CPTS, cptsId, "SOURCE_UPDATED", version.longValue(),
                        Map.of("source", before), Map.of("source", after));
                readModel.refresh(cptsId);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> citing(String id) {
        return em.createNativeQuery(CITING + " ORDER BY 1").setParameter("id", id).getResultList();
    }

    private void check(SourceInput input) {
        BodyErrors errors = new BodyErrors();
        errors.validate(validator, input);
        if (input.publishedOn() != null && !Dates.plausible(input.publishedOn())) {
            errors.reject("/publishedOn", "must be from " + Dates.EARLIEST + " to today");
        }
        errors.throwIfAny();
    }

    private static void apply(SourceInput input, SourceEntity source) {
        source.kind = input.kind();
        source.title = input.title().strip();
        source.publisher = input.publisher().strip();
        source.publisherBasis = input.publisherBasis();
        source.publishedOn = input.publishedOn();
        source.fileName = input.fileName();
        source.url = input.url();
        source.language = input.language() == null ? "fr" : input.language();
        source.updatedAt = Timestamps.now();
    }
}
