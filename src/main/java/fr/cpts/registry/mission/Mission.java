package fr.cpts.registry.mission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An ACI mission of the catalog. */
@Schema(name = "Mission", description = "One of the six missions of the ACI CPTS (avenant 2, December 2021).")
public record Mission(
        @Schema(description = "Stable mission code.", example = "ACCESS_TO_CARE", maxLength = 40,
                enumeration = { "ACCESS_TO_CARE", "CARE_PATHWAYS", "PREVENTION", "HEALTH_CRISIS_RESPONSE",
                        "QUALITY_AND_RELEVANCE", "PROFESSIONAL_SUPPORT" }) String code,
        @Schema(description = "SOCLE (mandatory) or OPTIONAL.", example = "SOCLE") MissionCategory category,
        @Schema(description = "Official French label.",
                example = "Missions en faveur de l'amélioration de l'accès aux soins (médecin traitant, soins non programmés)",
                maxLength = 300) String labelFr,
        @Schema(description = "English label.",
                example = "Improving access to care (a regular doctor for every patient, unscheduled care)", maxLength = 300)
        String labelEn,
        @Schema(description = "Months after the contract's signature by which the mission must start; null when the "
                + "CPTS chooses (optional missions).", nullable = true, example = "6", minimum = "0", maximum = "120")
        Short startMonths,
        @Schema(description = "Months after signature by which it must be fully deployed; null when not fixed.",
                nullable = true, example = "18", minimum = "0", maximum = "120") Short fullDeploymentMonths) {

    static Mission of(MissionEntity mission) {
        return new Mission(mission.code, mission.category, mission.labelFr, mission.labelEn, mission.startMonths,
                mission.fullDeploymentMonths);
    }
}
