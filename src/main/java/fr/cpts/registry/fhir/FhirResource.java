package fr.cpts.registry.fhir;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.cpts.registry.http.ChecksOwnQueryParameters;
import fr.cpts.registry.http.EntityTags;
import fr.cpts.registry.persistence.Refusal;

/**
 * The registry as a FHIR R4 server (read-only): its contract is the CapabilityStatement at /fhir/r4/metadata, not the
 * OpenAPI document. Every answer is application/fhir+json, errors included (OperationOutcome, see http.ErrorFormat).
 */
@Path(Fhir.BASE_PATH)
@Produces({ Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON })
@ChecksOwnQueryParameters
public class FhirResource {

    private static final String PREFER = "Prefer";

    @Inject
    FhirService service;

    @Inject
    Conformance conformance;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "cpts.http.max-age")
    int maxAge;

    @GET
    @Path("metadata")
    public Response metadata(@Context UriInfo uri, @HeaderParam(PREFER) String prefer) {
        checkNoParameters(uri, prefer);
        return send(conformance.capabilityStatement(), publicCache());
    }

    @GET
    @Path("Organization")
    public Response searchOrganizations(@Context UriInfo uri, @HeaderParam(PREFER) String prefer) {
        return send(service.searchOrganizations(new SearchRequest(uri, prefer, FhirService.ORGANIZATION_SEARCH)),
                "no-cache");
    }

    @GET
    @Path("Organization/_history")
    public Response history(@Context UriInfo uri, @HeaderParam(PREFER) String prefer) {
        return send(service.history(new SearchRequest(uri, prefer, FhirService.HISTORY)), "no-cache");
    }

    @GET
    @Path("Organization/{id}")
    public Response readOrganization(@PathParam("id") String id, @Context UriInfo uri,
            @HeaderParam(PREFER) String prefer, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        checkNoParameters(uri, prefer);
        return conditional(service.organization(id), ifNoneMatch);
    }

    @GET
    @Path("Organization/{id}/_history/{versionId}")
    public Response vreadOrganization(@PathParam("id") String id, @PathParam("versionId") String versionId,
            @Context UriInfo uri, @HeaderParam(PREFER) String prefer,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        checkNoParameters(uri, prefer);
        return conditional(service.organizationVersion(id, versionId), ifNoneMatch);
    }

    @GET
    @Path("HealthcareService")
    public Response searchHealthcareServices(@Context UriInfo uri, @HeaderParam(PREFER) String prefer) {
        return send(service.searchHealthcareServices(new SearchRequest(uri, prefer, FhirService.SERVICE_SEARCH)),
                "no-cache");
    }

    @GET
    @Path("HealthcareService/{id}")
    public Response readHealthcareService(@PathParam("id") String id, @Context UriInfo uri,
            @HeaderParam(PREFER) String prefer, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        checkNoParameters(uri, prefer);
        return conditional(service.healthcareService(id), ifNoneMatch);
    }

    @GET
    @Path("DocumentReference/{id}")
    public Response readDocumentReference(@PathParam("id") String id, @Context UriInfo uri,
            @HeaderParam(PREFER) String prefer) {
        checkNoParameters(uri, prefer);
        return send(service.documentReference(id), publicCache());
    }

    @GET
    @Path("CodeSystem/{id}")
    public Response readCodeSystem(@PathParam("id") String id, @Context UriInfo uri, @HeaderParam(PREFER) String prefer) {
        checkNoParameters(uri, prefer);
        if (!id.equals("aci-mission")) {
            throw Refusal.notFound("CodeSystem", id);
        }
        return send(service.missionCodeSystem(), publicCache());
    }

    @GET
    @Path("StructureDefinition/{id}")
    public Response readStructureDefinition(@PathParam("id") String id, @Context UriInfo uri,
            @HeaderParam(PREFER) String prefer) {
        checkNoParameters(uri, prefer);
        return send(conformance.structureDefinition(id), publicCache());
    }

    /** A read takes no parameter but _format. */
    private static void checkNoParameters(UriInfo uri, String prefer) {
        new SearchRequest(uri, prefer, Set.of()).validate();
    }

    /** A read with its version as a weak ETag (FHIR's W/"versionId") and Last-Modified; 304 when If-None-Match names it. */
    private Response conditional(FhirService.Read read, String ifNoneMatch) {
        String etag = "W/\"" + read.version() + '"';
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(read.lastModified().atZoneSameInstant(ZoneOffset.UTC));
        if (EntityTags.noneMatch(ifNoneMatch, '"' + Long.toString(read.version()) + '"')) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.LAST_MODIFIED, lastModified)
                    .header(HttpHeaders.CACHE_CONTROL, publicCache()).build();
        }
        return Response.fromResponse(send(read.resource(), publicCache())).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, lastModified).build();
    }

    private String publicCache() {
        return "public, max-age=" + maxAge;
    }

    private Response send(ObjectNode resource, String cacheControl) {
        try {
            return Response.ok(mapper.writeValueAsBytes(resource), Fhir.MEDIA_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
