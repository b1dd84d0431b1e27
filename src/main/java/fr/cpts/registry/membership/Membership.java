package fr.cpts.registry.membership;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The membership of a CPTS: the latest count and all the dated counts. */
@Schema(name = "Membership", description = "Membership of a CPTS: the latest count and every dated count, newest first.")
public record Membership(
        @Schema(description = "The latest count; null when no source gives one.", nullable = true) MembershipSnapshot current,
        @Schema(description = "Every dated count, newest first (the current one included).", maxItems = 1000)
        List<MembershipSnapshot> history) {
}
