package fr.cpts.registry.sync;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.cpts.registry.http.SchemaBounds;

/** One write in the history of a resource. */
@Schema(name = "HistoryEntry", description = "One write to the resource: who, when, what, and the fields it changed.")
public record HistoryEntry(
        @Schema(description = "The version the write produced (its ETag is \"v<version>\").", example = "3", minimum = "0", maximum = SchemaBounds.VERSION)
        long version,
        @Schema(description = "What the write did: CREATED, UPDATED, DELETED, LIFECYCLE_STAGE_RECORDED, CONTRACT_SET, "
                + "MISSIONS_SET, MEMBERSHIP_RECORDED, TERRITORY_SET, TERRITORY_CLEARED, SOURCE_UPDATED (a source it "
                + "cites changed), BASES_RECORDED (a migration recorded how its facts are known).", example = "MEMBERSHIP_RECORDED", maxLength = 32) String operation,
        @Schema(description = "When it was committed.") OffsetDateTime occurredAt,
        @Schema(description = "Who: the subject of the writer's token ('migration' for loaded data).",
                example = "editor-alice", maxLength = 200) String actor,
        @Schema(description = "The fields of the representation it changed, before and after.", maxItems = 50)
        List<FieldChange> changes) {

    static HistoryEntry of(ChangeEventEntity event) {
        return new HistoryEntry(event.version, event.operation, event.occurredAt, event.actor, event.changes);
    }
}
