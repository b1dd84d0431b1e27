package fr.cpts.registry.source;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The source of a fact, as carried by the fact itself. */
@Schema(name = "SourceRef", description = "The document a fact comes from; GET /v1/sources/{id} gives the full record.")
public record SourceRef(
        @Schema(description = "Opaque source id.", example = "src_bbdndrjz3kfz", maxLength = 32) String id,
        @Schema(description = "Title of the document.",
                example = "Une communauté professionnelle territoriale de santé pour le Pays d’Héricourt", maxLength = 500) String title,
        @Schema(description = "Who published it.", example = "ARS Bourgogne-Franche-Comté", maxLength = 200) String publisher,
        @Schema(description = "Publication date (ISO-8601).", example = "2024-04-19") LocalDate publishedOn) {

    static SourceRef of(SourceEntity source) {
        return new SourceRef(source.id, source.title, source.publisher, source.publishedOn);
    }
}
