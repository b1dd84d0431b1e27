package fr.cpts.registry.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.cpts.LifecycleStage;

/** A CPTS whose recorded territory covers a commune. */
@Schema(name = "CoveringCpts", description = "A CPTS whose recorded commune list covers the commune.")
public record CoveringCpts(
        @Schema(description = "CPTS id.", example = "cpts_18nn34zvb449", maxLength = 32) String id,
        @Schema(description = "CPTS name.", example = "CaPaciTéS Besançon & Métropole", maxLength = 200) String name,
        @Schema(description = "Its lifecycle stage; null when no source establishes one.", nullable = true,
                example = "ACI_SIGNED") LifecycleStage status,
        @Schema(description = "FULL when the whole commune is covered; PARTIAL when only some of its municipal districts "
                + "are (Paris, Lyon, Marseille).", example = "FULL", enumeration = { "FULL", "PARTIAL" }) String coverage) {
}
