package fr.cpts.registry.territory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.http.SchemaBounds;

@Schema(name = "Department", description = "A French department (INSEE 2026), with its population and communes.")
public record Department(
        @Schema(description = "INSEE code.", example = "25", maxLength = 3) String code,
        @Schema(description = "Name.", example = "Doubs", maxLength = 100) String name,
        @Schema(description = "METRO, DROM or COM.", example = "METRO", enumeration = { "METRO", "DROM", "COM" }) String zone,
        @Schema(description = "Its region.") AreaRef region,
        @Schema(description = "Municipal population (sum of its communes, INSEE 2026).", example = "551423", minimum = "0", maximum = SchemaBounds.POPULATION)
        long population,
        @Schema(description = "Number of communes.", example = "565", minimum = "0", maximum = SchemaBounds.UNITS) int communeCount) {
}
