package fr.cpts.registry;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

import fr.cpts.registry.http.RequestTargets;

/**
 * Starts the registry. Before Quarkus starts, it hands the validation of request targets to the application
 * ({@link RequestTargets}), which answers a malformed one with problem+json where Quarkus would send an empty 400.
 */
@QuarkusMain
public final class RegistryMain {

    public static void main(String... args) {
        RequestTargets.takeOverValidation();
        Quarkus.run(args);
    }
}
