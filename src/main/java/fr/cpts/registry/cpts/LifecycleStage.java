package fr.cpts.registry.cpts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stages of a CPTS, in order. */
@Schema(name = "LifecycleStage", description = "Lifecycle stage of a CPTS: PRE_PROJECT (the professionals' initiative), "
        + "LETTER_OF_INTENT_VALIDATED (by the ARS, with the Assurance Maladie), HEALTH_PROJECT_VALIDATED (projet de "
        + "santé), ACI_SIGNED (tripartite ACI contract signed: operating), DISSOLVED.")
public enum LifecycleStage {
    PRE_PROJECT, LETTER_OF_INTENT_VALIDATED, HEALTH_PROJECT_VALIDATED, ACI_SIGNED, DISSOLVED
}
