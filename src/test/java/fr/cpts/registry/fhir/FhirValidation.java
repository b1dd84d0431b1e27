package fr.cpts.registry.fhir;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.StructureDefinition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/**
 * HAPI FHIR's validator (8.8.1) for what the FHIR view serves: FHIR R4, FR Core 2.2.0 (its package, CC0, in the test
 * resources) and this server's own extensions and CodeSystem, read from the server itself. FR Core's dependencies
 * (French terminologies, hl7.terminology, the R5 extensions package) are not available offline: codes of unknown
 * code systems are warnings, and {@link #errors} names the messages that only say such a resource is missing.
 */
final class FhirValidation {

    static final FhirContext CONTEXT = FhirContext.forR4Cached();

    /**
     * What the validator cannot check offline, FR Core's dependencies (the only messages tolerated): the French
     * terminologies (ans.fr.terminologies), hl7.terminology, and the profiles of hl7.fhir.uv.extensions.r4 5.2.0 that
     * fr-core-organization slices its extensions by.
     */
    private static final Pattern OFFLINE = Pattern.compile("https?://(mos|smt)\\.esante\\.gouv\\.fr"
            + "|terminology\\.hl7\\.org|hl7\\.org/fhir/5\\.0/StructureDefinition"
            + "|profile \\[CanonicalType\\[http://hl7\\.org/fhir/StructureDefinition/[a-z-]+\\|5\\.2\\.0\\]\\] on "
            + "Organization\\.extension:[A-Za-z]+ could not be resolved");

    /**
     * What HAPI 8.8.1's validator says of every StructureDefinition it validates here, FR Core's own included (see
     * FhirValidationTest): validating one regenerates its snapshot through the R4 core package, which HAPI's
     * DefaultProfileValidationSupport does not provide as a package. {@link #snapshotErrors} checks the same
     * differentials with HAPI's snapshot generator instead.
     */
    static final String SNAPSHOT_ENVIRONMENT = "Unable to resolve package id hl7.fhir.r4.core#null";

    private final FhirValidator validator;
    private final ValidationSupportChain chain;

    private FhirValidation(FhirValidator validator, ValidationSupportChain chain) {
        this.validator = validator;
        this.chain = chain;
    }

    /** A validator knowing R4, FR Core and what the server at {@code base} (a RestAssured path) serves. */
    static FhirValidation of(List<String> extensions) throws IOException {
        NpmPackageValidationSupport frCore = new NpmPackageValidationSupport(CONTEXT);
        frCore.loadPackageFromClasspath("classpath:fhir/hl7.fhir.fr.core-2.2.0.tgz");
        PrePopulatedValidationSupport served = new PrePopulatedValidationSupport(CONTEXT);
        for (String id : extensions) {
            served.addStructureDefinition(CONTEXT.newJsonParser().parseResource(StructureDefinition.class,
                    given().get("/fhir/r4/StructureDefinition/" + id).then().statusCode(200).extract().asString()));
        }
        served.addCodeSystem(CONTEXT.newJsonParser().parseResource(CodeSystem.class,
                given().get("/fhir/r4/CodeSystem/aci-mission").then().statusCode(200).extract().asString()));
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT),
                new SnapshotGeneratingValidationSupport(CONTEXT), new CommonCodeSystemsTerminologyService(CONTEXT),
                new InMemoryTerminologyServerValidationSupport(CONTEXT), frCore, served,
                new UnknownCodeSystemWarningValidationSupport(CONTEXT));
        FhirValidator validator = CONTEXT.newValidator();
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setAnyExtensionsAllowed(false);
        validator.registerValidatorModule(instanceValidator);
        return new FhirValidation(validator, chain);
    }

    /** The errors (and fatal errors) of a JSON resource, each with its location, but what cannot be checked offline. */
    List<String> errors(String json) {
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .filter(m -> !OFFLINE.matcher(m.getMessage()).find())
                .map(FhirValidation::describe).toList();
    }

    /** The errors of a StructureDefinition, but the one its validation cannot avoid here ({@link #SNAPSHOT_ENVIRONMENT}). */
    List<String> structureDefinitionErrors(String json) {
        return errors(json).stream().filter(e -> !e.contains(SNAPSHOT_ENVIRONMENT)).toList();
    }

    /** The snapshot HAPI generates from a StructureDefinition's differential: its elements, or the failure. */
    int snapshotElements(String json) {
        StructureDefinition sd = CONTEXT.newJsonParser().parseResource(StructureDefinition.class, json);
        StructureDefinition base = (StructureDefinition) chain.fetchStructureDefinition(sd.getBaseDefinition());
        org.hl7.fhir.instance.model.api.IBaseResource generated = new SnapshotGeneratingValidationSupport(CONTEXT)
                .generateSnapshot(new ca.uhn.fhir.context.support.ValidationSupportContext(chain), sd, sd.getUrl(),
                        null, sd.getName());
        return base == null || generated == null ? 0 : ((StructureDefinition) generated).getSnapshot().getElement().size();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }
}
