package fr.cpts.registry.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceKind", description = "What kind of document the source is.")
public enum SourceKind {
    PRESS_RELEASE, NEWS_ARTICLE, OFFICIAL_DOCUMENT, OTHER
}
