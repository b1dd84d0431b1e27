package fr.cpts.registry.figure;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.source.SourceRef;
import fr.cpts.registry.source.SourceService;
import fr.cpts.registry.territory.AreaRef;

/** A reported figure, as served. */
@Schema(name = "ReportedFigure", description = "A count about CPTS in an area, as a source reports it at a date "
        + "(e.g. 17 CPTS operating in Bourgogne-Franche-Comté on 2023-03-10). Not computed by the registry.")
public record ReportedFigure(
        @Schema(description = "Opaque figure id.", example = "fig_f4hsx3a0capx", maxLength = 32) String id,
        @Schema(description = "The area the figure is about.") Scope scope,
        @Schema(description = "What is counted.", example = "CPTS_OPERATING") FigureMetric metric,
        @Schema(description = "The number as stated.", example = "17", minimum = "0", maximum = "100000000") int value,
        @Schema(description = "How the source states it.", example = "EXACT") Precision precision,
        @Schema(description = "Date the figure holds at: the publication date of the source.", example = "2023-03-10")
        LocalDate asOf,
        @Schema(description = "The source.") SourceRef source,
        @Schema(description = "The source's own words.", maxLength = 2000,
                example = "Au total, la Bourgogne-Franche-Comté est couverte par 17 CTPS en fonctionnement ; 13 sont en cours de création.")
        String quote,
        @Schema(description = "Context.", nullable = true, maxLength = 1000) String note) {

    @Schema(name = "FigureScope", description = "The area a figure is about.")
    public record Scope(
            @Schema(description = "Level of the area.", example = "REGION") ScopeLevel level,
            @Schema(description = "Region (also set for a department or an area inside one region).", nullable = true)
            AreaRef region,
            @Schema(description = "Department, for a DEPARTMENT figure.", nullable = true) AreaRef department,
            @Schema(description = "Name of the area, for an AREA figure.", nullable = true,
                    example = "Nord-Franche-Comté (Pôle métropolitain)", maxLength = 200) String area) {
    }

    static ReportedFigure of(ReportedFigureEntity figure) {
        return new ReportedFigure(figure.id,
                new Scope(figure.scopeLevel, AreaRef.of(figure.region), AreaRef.of(figure.department), figure.areaName),
                figure.metric, figure.value, figure.precision, figure.asOf, SourceService.ref(figure.source),
                figure.quote, figure.note);
    }
}
