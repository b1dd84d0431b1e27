package fr.cpts.registry.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceInput", description = "A source document.")
public record SourceInput(
        @Schema(description = "Kind of document.", example = "PRESS_RELEASE") @NotNull SourceKind kind,
        @Schema(description = "Title, as published.", maxLength = 500,
                example = "Une communauté professionnelle territoriale de santé pour le Val de Saône")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Publisher.", example = "ARS Bourgogne-Franche-Comté", maxLength = 200)
        @NotBlank @Size(max = 200) String publisher,
        @Schema(description = "How the publisher was established, when the document does not state it plainly.",
                nullable = true, maxLength = 1000) @Size(max = 1000) String publisherBasis,
        @Schema(description = "Publication date (from 2016, not in the future).", example = "2025-01-15")
        @NotNull LocalDate publishedOn,
        @Schema(description = "File name in the registry's archive.", nullable = true, maxLength = 200)
        @Size(max = 200) String fileName,
        @Schema(description = "Where it can be read (http or https).", nullable = true, maxLength = 2000)
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
        @Schema(description = "Language (BCP 47).", example = "fr", defaultValue = "fr", maxLength = 8)
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "must be a language tag such as fr") String language) {
}
