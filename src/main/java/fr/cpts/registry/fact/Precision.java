package fr.cpts.registry.fact;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How precisely a source states a number. */
@Schema(name = "Precision", description = "How the source states the number: EXACT (stated without qualifier, "
        + "e.g. \"30 adhérents\"), AT_LEAST (\"plus de 50\" is AT_LEAST 50), ABOUT (\"une centaine\" is ABOUT 100, "
        + "\"quelque 57\" is ABOUT 57, \"près de 200.000\" is ABOUT 200000).")
public enum Precision {
    EXACT, AT_LEAST, ABOUT
}
