package fr.cpts.registry.http;

/** A representation and the version of the resource it shows, for its ETag. */
public record Versioned<T>(T value, long version) {
}
