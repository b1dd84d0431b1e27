package fr.cpts.registry.contract;

import fr.cpts.registry.fact.BasisInput;
import fr.cpts.registry.fact.BasisKind;
import fr.cpts.registry.fact.StoredBasis;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import fr.cpts.registry.cpts.CptsCommands;
import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.cpts.CptsPart;
import fr.cpts.registry.cpts.CptsWrite;
import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.http.BodyErrors;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ExpectedVersion;
import fr.cpts.registry.source.SourceIds;

@ApplicationScoped
public class ContractCommands {

    @Inject
    CptsCommands cpts;

    @Inject
    Validator validator;

    /**
     * Records or replaces the ACI contract. When the CPTS has not reached ACI_SIGNED, the signature also records that
     * stage, with the contract's date and source.
     */
    @Transactional
    public Versioned<Contract> set(String cptsId, ExpectedVersion expected, ContractInput input) {
        CptsWrite write = cpts.begin(cptsId, expected);
        CptsEntity entity = write.cpts();
        BodyErrors errors = new BodyErrors();
        errors.validate(validator, input);
        LocalDate signedOn = CptsCommands.date(errors, "/signedOn", input.signedOn(), input.signedOnPrecision());
        BasisInput.check(input.basis(), errors::reject, "/basis", BasisKind.STATED, BasisKind.INFERRED);
        SourceIds.requireExisting(errors, SourceIds.at("/sourceId", input.sourceId()));
        errors.throwIfAny();
        AciContractEntity existing = AciContractEntity.findById(cptsId);
        AciContractEntity contract = existing == null ? new AciContractEntity() : existing;
        contract.cptsId = cptsId;
        contract.signedOn = signedOn;
        contract.signedOnPrecision = input.signedOnPrecision();
        contract.signedPlace = input.signedPlace();
        contract.source = cpts.source(input.sourceId());
        contract.quote = input.quote();
        contract.note = input.note();
        contract.basis = StoredBasis.of(BasisInput.basis(input.basis()));
        contract.signatories.clear();
        short position = 1;
        for (ContractInput.Signatory s : input.signatories()) {
            Signatory signatory = new Signatory();
            signatory.position = position++;
            signatory.kind = s.kind();
            signatory.name = s.name().strip();
            contract.signatories.add(signatory);
        }
        if (existing == null) {
            // Persisted once complete: Hibernate inserts the state it has at persist time.
            contract.persist();
        }
        cpts.reachStage(entity, LifecycleStage.ACI_SIGNED, signedOn, input.signedOnPrecision(), contract.source,
                input.quote(), contract.basis.toBasis(), false, "/signedOn");
        CptsWrite.Committed written = write.commit("CONTRACT_SET", CptsPart.CONTRACT, CptsPart.LIFECYCLE);
        return new Versioned<>(written.detail().contract(), written.version());
    }
}
