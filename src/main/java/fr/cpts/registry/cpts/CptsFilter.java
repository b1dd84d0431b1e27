package fr.cpts.registry.cpts;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The validated filters of a CPTS list; null means "not filtered on". */
record CptsFilter(String department, String region, LifecycleStage status, String mission, Integer sizeCategory,
        LocalDate signedFrom, LocalDate signedTo, String q, String commune, OffsetDateTime updatedSince) {
}
