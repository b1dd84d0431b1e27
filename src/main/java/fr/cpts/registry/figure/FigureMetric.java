package fr.cpts.registry.figure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FigureMetric", description = "What a reported figure counts. CPTS_CONSTITUTED: CPTS constituted "
        + "(officialised); CPTS_OPERATING: CPTS in operation; CPTS_IN_CREATION: CPTS being created; "
        + "CPTS_PROJECTS_IN_PROGRESS: CPTS projects under way; LETTERS_OF_INTENT_VALIDATED: letters of intent "
        + "validated; CPTS_PROJECTS_UNDER_REFLECTION: projects under reflection; CPTS_PLANNED: CPTS announced to be "
        + "constituted; TERRITORY_COVERAGE_PERCENT: share of the area's territory covered by CPTS, in percent.")
public enum FigureMetric {
    CPTS_CONSTITUTED,
    CPTS_OPERATING,
    CPTS_IN_CREATION,
    CPTS_PROJECTS_IN_PROGRESS,
    LETTERS_OF_INTENT_VALIDATED,
    CPTS_PROJECTS_UNDER_REFLECTION,
    CPTS_PLANNED,
    TERRITORY_COVERAGE_PERCENT
}
