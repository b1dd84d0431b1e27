package fr.cpts.registry.fact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How precisely a source dates an event; decides how the date is written. */
@Schema(name = "DatePrecision", description = "How precisely the source dates the event. DAY: the date is "
        + "YYYY-MM-DD. MONTH: YYYY-MM (\"en juin 2020\"). YEAR: YYYY (\"dès 2019\"). ON_OR_BEFORE: YYYY-MM-DD is "
        + "the latest possible day (the source reports the stage as reached on that date).")
public enum DatePrecision {
    DAY, MONTH, YEAR, ON_OR_BEFORE;

    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM");

    /**
     * Reads a date written at this precision (see {@link #format}); the first day of the month or year for MONTH and
     * YEAR. Throws {@link java.time.format.DateTimeParseException} when the text is not of that form.
     */
    public LocalDate parse(String text) {
        return switch (this) {
            case DAY, ON_OR_BEFORE -> LocalDate.parse(text);
            case MONTH -> java.time.YearMonth.parse(text, MONTH_FORMAT).atDay(1);
            case YEAR -> java.time.Year.parse(text).atDay(1);
        };
    }

    /** The ISO-8601 form of a date at this precision: 2024-04-19, 2020-06 or 2019. */
    public String format(LocalDate date) {
        if (date == null) {
            return null;
        }
        return switch (this) {
            case DAY, ON_OR_BEFORE -> date.toString();
            case MONTH -> date.format(MONTH_FORMAT);
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
