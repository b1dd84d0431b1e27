package fr.cpts.registry.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResourceType", description = "The kind of resource a change is about.")
public enum ResourceType {
    CPTS, SOURCE
}
