package fr.cpts.registry.cpts;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegalForm", description = "Legal form of the CPTS, usually an association (loi 1901).")
public enum LegalForm {
    ASSOCIATION, OTHER
}
