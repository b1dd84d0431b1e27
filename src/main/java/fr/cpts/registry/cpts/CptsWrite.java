package fr.cpts.registry.cpts;

import com.fasterxml.jackson.databind.JsonNode;

import fr.cpts.registry.http.Versioned;

/**
 * A write to a CPTS under way ({@link CptsCommands#begin}): the locked CPTS, to change, and its representation before
 * the change, for the change log.
 */
public record CptsWrite(CptsCommands unit, CptsEntity cpts, JsonNode before) {

    /** Ends the write with {@code operation}: see {@link CptsCommands#commit}. Returns the new representation. */
    public Versioned<CptsDetail> commit(String operation) {
        return unit.commit(cpts, operation, before);
    }
}
