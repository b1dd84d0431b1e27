package fr.cpts.registry.figure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScopeLevel", description = "What a figure is about: the whole country, a region, a department, or "
        + "another named area (e.g. a pôle métropolitain).")
public enum ScopeLevel {
    NATIONAL, REGION, DEPARTMENT, AREA
}
