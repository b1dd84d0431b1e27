package fr.cpts.registry.cpts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorUnit", description = "Unit of an indicator value.")
public enum IndicatorUnit {
    PERCENT, COUNT
}
