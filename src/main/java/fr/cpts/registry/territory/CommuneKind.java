package fr.cpts.registry.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommuneKind", description = "COMMUNE: a current commune. MUNICIPAL_DISTRICT: an arrondissement municipal "
        + "of Paris, Lyon or Marseille (its population is part of its commune's).")
public enum CommuneKind {
    COMMUNE, MUNICIPAL_DISTRICT
}
