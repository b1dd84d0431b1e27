package fr.cpts.registry.http;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A page of a collection: its items and, unless it is the last page, the absolute URL of the next one. */
public record Page<T>(
        List<T> items,
        @JsonInclude(JsonInclude.Include.NON_NULL) String next) {

    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, null);
    }
}
