package fr.cpts.registry.contract;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.cpts.registry.cpts.CptsEntity;
import fr.cpts.registry.http.ApiException;
import fr.cpts.registry.http.ProblemType;
import fr.cpts.registry.http.Versioned;
import fr.cpts.registry.persistence.ReadOnlyTransaction;
import fr.cpts.registry.source.SourceService;

@ApplicationScoped
public class ContractService {

    /** The contract with the version of its CPTS, whose ETag it shares. */
    @ReadOnlyTransaction
    public Versioned<Contract> get(String cptsId) {
        CptsEntity cpts = CptsEntity.findRequired(cptsId);
        Contract contract = find(cptsId);
        if (contract == null) {
            throw new ApiException(ProblemType.NOT_FOUND, "No ACI contract is recorded for this CPTS.");
        }
        return new Versioned<>(contract, cpts.version);
    }

    /** The contracts of the given CPTS, by CPTS id, in one query (plus one for their signatories). */
    public Map<String, Contract> findAll(Collection<String> cptsIds) {
        if (cptsIds.isEmpty()) {
            return Map.of();
        }
        return AciContractEntity.<AciContractEntity>list("cptsId in ?1", cptsIds).stream()
                .collect(Collectors.toMap(c -> c.cptsId, c -> Contract.of(c, SourceService.ref(c.source))));
    }

    /** The contract of a CPTS, or null when none is recorded. */
    @ReadOnlyTransaction
    public Contract find(String cptsId) {
        AciContractEntity contract = AciContractEntity.findById(cptsId);
        return contract == null ? null : Contract.of(contract, SourceService.ref(contract.source));
    }
}
