package fr.cpts.registry.http;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses raw query-parameter strings and collects every error, so that one 400 names all the bad parameters.
 * Parameters are taken as strings (not typed JAX-RS parameters) because a failed conversion there is a 404.
 */
public final class QueryParameters {

    private final List<ProblemError> errors = new ArrayList<>();

    public Integer integer(String name, String raw, int min, int max, Integer defaultValue) {
        if (raw == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject(name, "must be an integer from " + min + " to " + max);
        return defaultValue;
    }

    public <E extends Enum<E>> E enumeration(String name, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    /**
     * The lower bound of a date filter: YYYY-MM-DD, or a date at the precision the API serves dates with, standing for
     * its first day (2023 is 2023-01-01, 2023-03 is 2023-03-01).
     */
    public LocalDate dateFrom(String name, String raw) {
        return dateBound(name, raw, true);
    }

    /** The upper bound of a date filter: YYYY-MM-DD, or YYYY-MM / YYYY for the last day (2023-03 is 2023-03-31). */
    public LocalDate dateTo(String name, String raw) {
        return dateBound(name, raw, false);
    }

    private LocalDate dateBound(String name, String raw, boolean first) {
        if (raw == null) {
            return null;
        }
        String text = raw.trim();
        try {
            return switch (text.length()) {
                case 4 -> first ? Year.parse(text).atDay(1) : Year.parse(text).atMonth(12).atEndOfMonth();
                case 7 -> first ? YearMonth.parse(text).atDay(1) : YearMonth.parse(text).atEndOfMonth();
                default -> LocalDate.parse(text);
            };
        } catch (DateTimeParseException e) {
            reject(name, "must be an ISO-8601 date: YYYY-MM-DD, YYYY-MM or YYYY");
            return null;
        }
    }

    public String matching(String name, String raw, Pattern pattern, String expected) {
        if (raw == null) {
            return null;
        }
        String value = raw.trim();
        if (!pattern.matcher(value).matches()) {
            reject(name, "must be " + expected);
            return null;
        }
        return value;
    }

    public String text(String name, String raw, int minLength, int maxLength) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.length() < minLength || value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
            reject(name, "must be " + minLength + " to " + maxLength + " characters, without control characters");
            return null;
        }
        return value;
    }

    public void reject(String name, String detail) {
        errors.add(ProblemError.query(name, detail));
    }


    /** Ends the parsing: throws a 400 naming every invalid parameter, if any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    public static ApiException invalid(List<ProblemError> errors) {
        String detail = errors.size() == 1 ? "1 query parameter is invalid." : errors.size() + " query parameters are invalid.";
        return new ApiException(ProblemType.INVALID_PARAMETER, detail, errors);
    }
}
