package fr.cpts.registry.fhir;

import static fr.cpts.registry.Seeds.CPTS_COUNT;
import static fr.cpts.registry.Seeds.HERICOURT;
import static fr.cpts.registry.WriteFixtures.editor;
import static fr.cpts.registry.WriteFixtures.etag;
import static fr.cpts.registry.WriteFixtures.patch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import fr.cpts.registry.WriteFixtures;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The FHIR view as a partner's existing FHIR client reads it: HAPI's generic client, unmodified. */
@QuarkusTest
class FhirClientTest {

    @TestHTTPResource("/fhir/r4")
    URL base;

    IGenericClient client() {
        return FhirValidation.CONTEXT.newRestfulGenericClient(base.toString());
    }

    @Test
    void followsAFilteredSearchPageByPage() {
        IGenericClient client = client();
        Bundle page = client.search().forResource(Organization.class)
                .where(Organization.TYPE.exactly().code("604")).and(Organization.ACTIVE.exactly().code("true"))
                .count(4).returnBundle(Bundle.class).execute();
        int total = page.getTotal();
        List<String> ids = new ArrayList<>();
        while (true) {
            page.getEntry().forEach(e -> ids.add(e.getResource().getIdElement().getIdPart()));
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                break;
            }
            assertTrue(page.getLink(Bundle.LINK_NEXT).getUrl().contains("active=true"), "next keeps the filters");
            page = client.loadPage().next(page).execute();
        }
        assertEquals(total, ids.size());
        assertEquals(ids.size(), ids.stream().distinct().count(), "no entry twice");
        assertTrue(total > 4 && total <= CPTS_COUNT, "several pages: " + total);
    }

    @Test
    void readsAnOrganizationAndTellsMissingFromGone() {
        IGenericClient client = client();
        Organization org = client.read().resource(Organization.class).withId(HERICOURT.replace('_', '-')).execute();
        assertEquals("CPTS du Pays d'Héricourt", org.getName());
        assertEquals(HERICOURT, org.getIdentifierFirstRep().getValue());
        assertEquals("604", org.getTypeFirstRep().getCodingFirstRep().getCode());
        assertThrows(ResourceNotFoundException.class,
                () -> client.read().resource(Organization.class).withId("cpts-000000000000").execute());

        String id = WriteFixtures.create();
        WriteFixtures.delete(id);
        assertThrows(ResourceGoneException.class,
                () -> client.read().resource(Organization.class).withId(id.replace('_', '-')).execute());
    }

    @Test
    void historyReportsCreationUpdateAndDeletionInOrder() {
        Date before = new Date(System.currentTimeMillis() - 2000);
        String id = WriteFixtures.create();
        patch(id, etag(id), "{\"legalForm\": \"ASSOCIATION\"}").then().statusCode(200);
        WriteFixtures.delete(id);
        String fhirId = id.replace('_', '-');

        // The history serves a change once every older transaction has ended: wait for it, bounded.
        List<List<String>> seen = new ArrayList<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            seen.clear();
            seen.addAll(historyOf(fhirId, before));
            return seen.get(0).size() == 3;
        });
        List<String> methods = seen.get(0);
        List<String> etags = seen.get(1);
        assertEquals(List.of("POST", "PUT", "DELETE"), methods);
        assertEquals(List.of("W/\"0\"", "W/\"1\"", "W/\"2\""), etags);
    }

    /** The request methods and response ETags of a CPTS's entries in Organization/_history since a date, page by page. */
    private List<List<String>> historyOf(String fhirId, Date since) {
        IGenericClient client = client();
        Bundle page = client.history().onType(Organization.class).returnBundle(Bundle.class).since(since).count(5)
                .execute();
        List<String> methods = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        while (true) {
            for (Bundle.BundleEntryComponent entry : page.getEntry()) {
                if (entry.getFullUrl().endsWith("/Organization/" + fhirId)) {
                    methods.add(entry.getRequest().getMethod().toCode());
                    etags.add(entry.getResponse().getEtag());
                    if (entry.getRequest().getMethod() == Bundle.HTTPVerb.DELETE) {
                        assertNull(entry.getResource(), "a deletion carries no resource");
                    }
                }
            }
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                return List.of(methods, etags);
            }
            page = client.loadPage().next(page).execute();
        }
    }

    @Test
    void aMissionIsAHealthcareServiceProvidedByItsOrganization() {
        String id = WriteFixtures.create();
        editor(etag(id)).body(WriteFixtures.missions("ACCESS_TO_CARE", "PREVENTION")).put("/v1/cpts/" + id + "/missions")
                .then().statusCode(200);
        Bundle services = client().search().forResource(org.hl7.fhir.r4.model.HealthcareService.class)
                .where(org.hl7.fhir.r4.model.HealthcareService.ORGANIZATION.hasId("Organization/" + id.replace('_', '-')))
                .returnBundle(Bundle.class).execute();
        assertEquals(List.of("ACCESS_TO_CARE", "PREVENTION"), services.getEntry().stream()
                .map(e -> ((org.hl7.fhir.r4.model.HealthcareService) e.getResource()).getTypeFirstRep()
                        .getCodingFirstRep().getCode()).toList());
        WriteFixtures.delete(id);
    }
}
