package fr.cpts.registry.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region or department: its INSEE code and name. */
@Schema(name = "AreaRef", description = "A region or department: INSEE code and name (reference geography, INSEE 2026).")
public record AreaRef(
        @Schema(description = "INSEE code.", example = "27", maxLength = 3) String code,
        @Schema(description = "Name.", example = "Bourgogne-Franche-Comté", maxLength = 100) String name) {

    public static AreaRef of(RegionEntity region) {
        return region == null ? null : new AreaRef(region.code, region.name);
    }

    public static AreaRef of(DepartmentEntity department) {
        return department == null ? null : new AreaRef(department.code, department.name);
    }
}
