package fr.cpts.registry.mission;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MissionCategory", description = "SOCLE: one of the four missions every CPTS under the ACI must carry; "
        + "OPTIONAL: one of the two it may choose.")
public enum MissionCategory {
    SOCLE, OPTIONAL
}
