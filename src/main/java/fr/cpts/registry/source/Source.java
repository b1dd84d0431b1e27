package fr.cpts.registry.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A source document, in full. */
@Schema(name = "Source", description = "A document the registry's facts come from.")
public record Source(
        @Schema(description = "Opaque source id.", example = "src_bbdndrjz3kfz", maxLength = 32) String id,
        @Schema(description = "Kind of document.", example = "PRESS_RELEASE") SourceKind kind,
        @Schema(description = "Title of the document, as published.",
                example = "Une communauté professionnelle territoriale de santé pour le Pays d’Héricourt", maxLength = 500) String title,
        @Schema(description = "Who published it.", example = "ARS Bourgogne-Franche-Comté", maxLength = 200) String publisher,
        @Schema(description = "How the publisher was established, when the document does not state it plainly.",
                nullable = true, maxLength = 1000,
                example = "Press release dated 19 April 2024 signed with the ARS motto «Agir ensemble, protéger chacun»")
        @JsonInclude(JsonInclude.Include.ALWAYS) String publisherBasis,
        @Schema(description = "Publication date (ISO-8601).", example = "2024-04-19") LocalDate publishedOn,
        @Schema(description = "File name of the document in the registry's seed archive, if it is one.", nullable = true,
                example = "003_63857d18cd58f17a.txt", maxLength = 200) String fileName,
        @Schema(description = "Where the document can be read, if known.", nullable = true, maxLength = 2000) String url,
        @Schema(description = "Language of the document (BCP 47).", example = "fr", maxLength = 8) String language,
        @Schema(description = "When this record last changed.") OffsetDateTime updatedAt) {

    static Source of(SourceEntity source) {
        return new Source(source.id, source.kind, source.title, source.publisher, source.publisherBasis,
                source.publishedOn, source.fileName, source.url, source.language, source.updatedAt);
    }
}
