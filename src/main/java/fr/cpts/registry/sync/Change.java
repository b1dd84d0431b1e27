package fr.cpts.registry.sync;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.cpts.registry.http.SchemaBounds;

/** One change in the feed. */
@Schema(name = "Change", description = "A committed write, as the change feed lists it.", requiredProperties = {
        "resourceType", "resourceId", "operation", "action", "occurredAt", "version", "etag" })
public record Change(
        @Schema(description = "Kind of resource.", example = "CPTS") ResourceType resourceType,
        @Schema(description = "Its id.", example = "cpts_fqgmb7d998ve", maxLength = 32) String resourceId,
        @Schema(description = "CREATED, UPDATED or DELETED (a tombstone: the resource is gone for readers).",
                example = "UPDATED", enumeration = { "CREATED", "UPDATED", "DELETED" }) String operation,
        @Schema(description = "What the write did in detail (see HistoryEntry.operation).", example = "MEMBERSHIP_RECORDED",
                maxLength = 32) String action,
        @Schema(description = "When it was committed.") OffsetDateTime occurredAt,
        @Schema(description = "The version it produced.", example = "3", minimum = "0", maximum = SchemaBounds.VERSION) long version,
        @Schema(description = "The ETag of that version (If-None-Match on href answers 304 while it is current).",
                example = "\"v3\"", maxLength = 24) String etag,
        @Schema(description = "Path of the resource's representation, a relative reference to resolve against the "
                + "URL called; absent for a deletion.", format = "uri-reference", maxLength = 2000,
                example = "/v1/cpts/cpts_fqgmb7d998ve") @JsonInclude(JsonInclude.Include.NON_NULL) String href) {
}
