package fr.cpts.registry.cpts;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A write to a CPTS under way ({@link CptsCommands#begin}): the locked CPTS, to change, and its representation before
 * the change, for the change log and the parts the write leaves as they were.
 */
public record CptsWrite(CptsCommands unit, CptsEntity cpts, JsonNode before) {

    /**
     * Ends the write with {@code operation}, which changed the CPTS's own facts and the {@code changed} parts of its
     * representation (see {@link CptsCommands#commit}).
     */
    public Committed commit(String operation, CptsPart... changed) {
        return unit.commit(cpts, operation, before, Set.of(changed));
    }

    /** A committed write: the CPTS's new representation, its JSON as stored and sent, and its version. */
    public record Committed(CptsDetail detail, byte[] json, long version) {
    }
}
