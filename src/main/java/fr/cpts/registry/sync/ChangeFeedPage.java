package fr.cpts.registry.sync;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed. */
@Schema(name = "ChangeFeedPage", description = "Changes after the cursor given, oldest first, and where to resume.")
public record ChangeFeedPage(
        @Schema(description = "The changes, oldest first.", maxItems = 1000) List<Change> items,
        @Schema(description = "The cursor to resume from (give it as 'since'); unchanged when there was nothing new.",
                maxLength = 200, example = "eyJzb3J0IjoiZmVlZCIsImtleSI6Ijc0MiIsImlkIjoiMjEifQ") String cursor,
        @Schema(description = "Path and query of the next poll (this request with since=cursor), a relative reference "
                + "to resolve against the URL called. Always present: the feed has no last page; caughtUp tells whether "
                + "to poll again at once or later.", format = "uri-reference", maxLength = 4096,
                example = "/v1/changes?since=eyJzb3J0IjoiZmVlZCIsImtleSI6Ijc0MiIsImlkIjoiMjEifQ") String next,
        @Schema(description = "True when no committed change follows this page yet: poll again later.", example = "true")
        boolean caughtUp) {
}
