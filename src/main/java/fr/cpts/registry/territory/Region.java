package fr.cpts.registry.territory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.http.SchemaBounds;

@Schema(name = "Region", description = "A French region (INSEE 2026), with its population and communes.")
public record Region(
        @Schema(description = "INSEE code.", example = "27", maxLength = 3) String code,
        @Schema(description = "Name.", example = "Bourgogne-Franche-Comté", maxLength = 100) String name,
        @Schema(description = "METRO (metropolitan France), DROM (overseas department and region) or COM (overseas "
                + "collectivity).", example = "METRO", enumeration = { "METRO", "DROM", "COM" }) String zone,
        @Schema(description = "Municipal population (sum of its communes, INSEE 2026).", example = "2786205", minimum = "0", maximum = SchemaBounds.POPULATION)
        long population,
        @Schema(description = "Number of communes.", example = "3697", minimum = "0", maximum = SchemaBounds.UNITS) int communeCount,
        @Schema(description = "Its departments.", maxItems = 20) List<AreaRef> departments) {
}
