package fr.cpts.registry.http;

import java.util.OptionalLong;

/** The current version of a resource, for {@link TaggedByVersion} GETs; empty when there is none to serve. */
public interface Versions {

    OptionalLong current(String id);
}
