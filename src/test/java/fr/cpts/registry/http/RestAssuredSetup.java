package fr.cpts.registry.http;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Puts {@link OpenApiConformance} in front of every request a @QuarkusTest makes with RestAssured. */
public class OpenApiConformanceCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        OpenApiConformance.install();
    }
}
