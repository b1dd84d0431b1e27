package fr.cpts.registry.http;

import io.quarkus.test.junit.callback.QuarkusTestAfterAllCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestContext;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;

/**
 * How every @QuarkusTest's RestAssured requests are made: checked by {@link OpenApiConformance} (what it observed of
 * property presence written after each test class), and without Accept-Encoding, so that ETags are those of the
 * identity representations ("v3"; a gzip-encoded one is "v3.gzip": ContentCodingTest) unless a test asks otherwise.
 */
public class RestAssuredSetup implements QuarkusTestBeforeEachCallback, QuarkusTestAfterAllCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        OpenApiConformance.install();
        RestAssured.config = RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
    }

    @Override
    public void afterAll(QuarkusTestContext context) {
        OpenApiConformance.flushObservations();
    }
}
