package fr.cpts.registry.cpts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerKind", description = "What kind of partner of the CPTS this is.")
public enum PartnerKind {
    HOSPITAL, CLINIC, MEDICO_SOCIAL, CARE_TEAM, DIGITAL_PLATFORM, OTHER
}
