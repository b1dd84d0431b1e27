package fr.cpts.registry.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SignatoryKind", description = "Who signs: the ARS, a CPAM, the MSA, the CPTS itself, or another party.")
public enum SignatoryKind {
    ARS, CPAM, MSA, CPTS, OTHER
}
