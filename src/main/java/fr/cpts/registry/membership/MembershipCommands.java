package fr.cpts.registry.membership;

import fr.cpts.registry.fact.Basis;
import fr.cpts.registry.fact.BasisInput;
import fr.cpts.registry.fact.BasisKind;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import fr.cpts.registry.cpts.CptsCommands;
import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.cpts.CptsPart;
import fr.cpts.registry.cpts.CptsWrite;
import fr.cpts.registry.fact.Dates;
import fr.cpts.registry.http.BodyErrors;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ExpectedVersion;
import fr.cpts.registry.persistence.Ids;
import fr.cpts.registry.persistence.Timestamps;
import fr.cpts.registry.source.SourceIds;

@ApplicationScoped
public class MembershipCommands {

    @Inject
    CptsCommands cpts;

    @Inject
    MembershipService membership;

    @Inject
    Validator validator;

    /** Appends a dated count; earlier counts stay in the history. */
    @Transactional
    public Versioned<Membership> record(String cptsId, ExpectedVersion expected, MembershipInput input) {
        CptsWrite write = cpts.begin(cptsId, expected);
        CptsEntity entity = write.cpts();
        BodyErrors errors = new BodyErrors();
        errors.validate(validator, input);
        if (input.asOf() != null && !Dates.plausible(input.asOf())) {
            errors.reject("/asOf", "must be from " + Dates.EARLIEST + " to today");
        }
        SourceIds.requireExisting(errors, SourceIds.at("/sourceId", input.sourceId()));
        BasisInput.check(input.asOfBasis(), errors::reject, "/asOfBasis", BasisKind.STATED, BasisKind.DERIVED);
        errors.throwIfAny();
        Basis asOfBasis = BasisInput.basis(input.asOfBasis());
        MembershipSnapshotEntity snapshot = new MembershipSnapshotEntity();
        snapshot.id = Ids.next("mem");
        snapshot.cpts = entity;
        snapshot.asOf = input.asOf();
        snapshot.asOfBasis = asOfBasis.kind();
        snapshot.asOfBasisReason = asOfBasis.reason();
        snapshot.memberCount = input.members().value();
        snapshot.memberCountPrecision = input.members().precision();
        snapshot.counted = input.counted().strip();
        snapshot.professions = new ArrayList<>(orEmpty(input.professions()));
        snapshot.professionsComplete = Boolean.TRUE.equals(input.professionsComplete());
        snapshot.establishmentCount = input.establishments() == null ? null : input.establishments().value();
        snapshot.establishmentCountPrecision = input.establishments() == null ? null : input.establishments().precision();
        snapshot.memberOrganisations = new ArrayList<>(orEmpty(input.memberOrganisations()));
        snapshot.source = cpts.source(input.sourceId());
        snapshot.quote = input.quote();
        snapshot.createdAt = Timestamps.now();
        snapshot.persist();
        entity.memberships.add(snapshot);
        entity.memberships.sort(MembershipService.NEWEST_FIRST);
        long version = write.commit("MEMBERSHIP_RECORDED", CptsPart.MEMBERSHIP).version();
        return new Versioned<>(MembershipService.of(entity), version);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }
}
