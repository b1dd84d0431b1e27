package fr.cpts.registry.contract;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.persistence.Refusal;
import fr.cpts.registry.source.SourceService;

@ApplicationScoped
public class ContractService {

    /** The contract with the version of its CPTS, whose ETag it shares. */
    @ReadOnlyTransaction
    public Versioned<Contract> get(String cptsId) {
        CptsEntity cpts = CptsEntity.findRequired(cptsId);
        Contract contract = find(cptsId);
        if (contract == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "No ACI contract is recorded for this CPTS.");
        }
        return new Versioned<>(contract, cpts.version);
    }

    /** The contract of a CPTS, or null when none is recorded. */
    @ReadOnlyTransaction
    public Contract find(String cptsId) {
        // With its signatories and source: one statement.
        return view(AciContractEntity.<AciContractEntity>find("from AciContractEntity k left join fetch k.signatories "
                + "left join fetch k.source where k.cptsId = ?1", cptsId).singleResultOptional().orElse(null));
    }

    /** The representation of a contract already loaded; null for none. */
    private static Contract view(AciContractEntity contract) {
        return contract == null ? null : Contract.of(contract, SourceService.ref(contract.source));
    }
}
