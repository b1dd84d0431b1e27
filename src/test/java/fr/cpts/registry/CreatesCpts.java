package fr.cpts.registry;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;

/**
 * Base of the tests that create CPTS: every CPTS one of its tests creates through {@link #newCpts} or names to
 * {@link #track} is deleted after that test ({@link WriteFixtures#delete}).
 */
public abstract class CreatesCpts {

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteCreated() {
        created.forEach(WriteFixtures::delete);
        created.clear();
    }

    /** A new CPTS ({@link WriteFixtures#create()}), deleted after the test. */
    protected String newCpts() {
        return track(WriteFixtures.create());
    }

    /** Deletes this CPTS after the test; returns its id. */
    protected String track(String id) {
        created.add(id);
        return id;
    }
}
