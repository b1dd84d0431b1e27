package fr.cpts.registry.cpts;

import fr.cpts.registry.fact.Basis;
import fr.cpts.registry.fact.BasisKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.cpts.registry.fact.Precision;

/** The descriptive facts kept as JSON on a CPTS row; each names the source it comes from by id. */
public final class StoredFacts {

    private StoredFacts() {
    }

    public record Partner(String name, PartnerKind kind, String role, String sourceId) {
    }

    public record GovernanceBody(String body, String description, List<Seat> composition, String sourceId, String quote) {
    }

    public record Seat(String group, int count) {
    }

    /** asOfBasis/asOfBasisReason: how asOf is known (absent in facts recorded before bases were: stated). */
    public record Indicator(String code, String label, BigDecimal value, IndicatorUnit unit, Precision precision,
            String population, LocalDate asOf, BasisKind asOfBasis, String asOfBasisReason, String sourceId, String quote) {

        public Basis basisOfAsOf() {
            return Basis.of(asOfBasis, asOfBasisReason);
        }
    }

    public record PriorityPopulation(String label, String sourceId) {
    }

    public record Note(String text, String sourceId, String quote) {
    }
}
