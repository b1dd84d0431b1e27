package fr.cpts.registry.fhir;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.cpts.registry.contract.Contract;
import fr.cpts.registry.cpts.CptsDetail;
import fr.cpts.registry.cpts.LifecycleStage;
import fr.cpts.registry.fact.Count;
import fr.cpts.registry.fact.SourcedCount;
import fr.cpts.registry.membership.MembershipSnapshot;
import fr.cpts.registry.mission.CptsMission;
import fr.cpts.registry.mission.Mission;
import fr.cpts.registry.source.Source;
import fr.cpts.registry.source.SourceRef;

/**
 * The registry's representations as FHIR R4 resources, built as JSON trees (no FHIR library at run time). Each fact
 * of a CPTS is in a standard element where one fits (identifier, type, active, name), else in an extension of this
 * service, whose StructureDefinition it serves at the canonical URL (the configured base, then
 * {@code /StructureDefinition/<id>}).
 */
@ApplicationScoped
public class FhirViews {

    /** Instants in UTC, to the millisecond (Last-Modified and _lastUpdated compare at that precision at most). */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    /**
     * The absolute base URL of this FHIR server as published (canonical URLs, Bundle entries' fullUrl and links, the
     * registry id's naming system). From configuration, never from the request's Host or X-Forwarded-* headers.
     */
    @ConfigProperty(name = "cpts.fhir.base-url")
    String base;

    public String base() {
        return base;
    }

    public String extension(String id) {
        return base + "/StructureDefinition/" + id;
    }

    public String codeSystem(String id) {
        return base + "/CodeSystem/" + id;
    }

    /** The naming system of registry ids (the identifier every Organization carries). */
    public String registryIdSystem() {
        return base + "/sid/cpts-id";
    }

    /**
     * A Bundle link: absolute, from the configured base, because FHIR clients (HAPI's, Firely's) follow {@code next}
     * only when it is; never from the request's Host.
     */
    String link(SearchRequest request, String type, String cursor) {
        return base + '/' + request.link(type, cursor);
    }

    public String fullUrl(String type, String id) {
        return base + '/' + type + '/' + id;
    }

    public ObjectNode organization(CptsDetail cpts, long version, List<String> communes) {
        ObjectNode org = Ext.JSON.objectNode().put("resourceType", "Organization").put("id", Fhir.fhirId(cpts.id()));
        ObjectNode meta = org.putObject("meta").put("versionId", Long.toString(version))
                .put("lastUpdated", instant(cpts.updatedAt()));
        meta.putArray("profile").add(Fhir.FR_CORE_ORGANIZATION);
        ArrayNode extensions = org.putArray("extension");
        if (cpts.status() != null) {
            extensions.add(Ext.complex(extension("cpts-status")).code("stage", cpts.status().name())
                    .basis("basis", cpts.statusBasis()).node());
        }
        for (CptsDetail.StageReached stage : cpts.lifecycle()) {
            extensions.add(Ext.complex(extension("cpts-lifecycle-stage")).code("stage", stage.stage().name())
                    .date("date", stage.date()).code("datePrecision", stage.datePrecision().name())
                    .basis("basis", stage.basis()).source(stage.source()).string("quote", stage.quote()).node());
        }
        if (cpts.launch() != null) {
            CptsDetail.Launch launch = cpts.launch();
            extensions.add(Ext.complex(extension("cpts-launch")).date("date", launch.date())
                    .code("datePrecision", launch.datePrecision().name()).string("place", launch.place())
                    .source(launch.source()).node());
        }
        extensions.add(territory(cpts, communes));
        if (cpts.contract() != null) {
            extensions.add(contract(cpts.contract()));
        }
        if (cpts.currentMembership() != null) {
            extensions.add(membership(cpts.currentMembership()));
        }
        ArrayNode identifiers = org.putArray("identifier");
        identifiers.addObject().put("use", "official").put("system", registryIdSystem()).put("value", cpts.id());
        if (cpts.identifiers() != null && cpts.identifiers().finess() != null) {
            ObjectNode finess = identifiers.addObject().put("use", "official");
            finess.putObject("type").putArray("coding")
                    .add(Ext.coding(Fhir.IDENTIFIER_TYPE, "FINEJ", "FINESS d'entité juridique"));
            finess.put("system", Fhir.FINESS).put("value", cpts.identifiers().finess());
        }
        if (cpts.identifiers() != null && cpts.identifiers().siret() != null) {
            identifiers.addObject().put("use", "official").put("system", Fhir.SIRENE)
                    .put("value", cpts.identifiers().siret());
        }
        org.put("active", cpts.status() != LifecycleStage.DISSOLVED);
        ArrayNode coding = org.putArray("type").addObject().putArray("coding");
        coding.add(Ext.coding(Fhir.CATEGORY_R66, Fhir.CPTS_CATEGORY, Fhir.CPTS_CATEGORY_DISPLAY));
        org.put("name", cpts.name());
        return org;
    }

    private ObjectNode territory(CptsDetail cpts, List<String> communes) {
        CptsDetail.TerritorySummary territory = cpts.territory();
        Ext ext = Ext.complex(extension("cpts-territory")).bool("communeListKnown", territory.communeListKnown())
                .integer("vintage", territory.vintage())
                .integer("computedPopulation", territory.computedPopulation())
                .integer("computedCommuneCount", territory.computedCommuneCount());
        declared(ext, "declaredPopulation", cpts.declaredPopulation(), "habitants");
        declared(ext, "declaredCommuneCount", cpts.declaredCommuneCount(), "communes");
        ext.integer("sizeCategory", cpts.sizeCategory()).code("sizeCategoryBasis", cpts.sizeCategoryBasis());
        communes.forEach(code -> ext.coding("commune", Fhir.COMMUNE, code, null));
        return ext.node();
    }

    private void declared(Ext ext, String name, SourcedCount count, String unit) {
        if (count != null) {
            ext.quantity(name, new Count(count.value(), count.precision()), unit, extension("approximate"))
                    .add(name + "Source", "valueReference", sourceReference(count.source()));
        }
    }

    private ObjectNode contract(Contract contract) {
        Ext ext = Ext.complex(extension("aci-contract"))
                .coding("engagement", Fhir.ENGAGEMENT, "ACI", "Accord conventionnel interprofessionnel")
                .date("signedOn", contract.signedOn()).code("signedOnPrecision", contract.signedOnPrecision().name())
                .basis("basis", contract.basis()).date("endsOn", contract.endsOn())
                .basis("endsOnBasis", contract.endsOnBasis()).string("signedPlace", contract.signedPlace());
        for (Contract.ContractSignatory signatory : contract.signatories()) {
            ext.nested(Ext.complex("signatory").code("kind", signatory.kind().name()).string("name", signatory.name()));
        }
        return ext.source(contract.source()).string("quote", contract.quote()).string("note", contract.note()).node();
    }

    private ObjectNode membership(MembershipSnapshot snapshot) {
        Ext ext = Ext.complex(extension("cpts-membership")).date("asOf", snapshot.asOf())
                .basis("asOfBasis", snapshot.asOfBasis())
                .quantity("members", snapshot.members(), null, extension("approximate"))
                .string("counted", snapshot.counted());
        snapshot.professions().forEach(p -> ext.string("profession", p));
        ext.bool("professionsComplete", snapshot.professionsComplete())
                .quantity("establishments", snapshot.establishments(), null, extension("approximate"));
        snapshot.memberOrganisations().forEach(o -> ext.string("memberOrganisation", o));
        return ext.source(snapshot.source()).string("quote", snapshot.quote()).node();
    }

    /** The id of the HealthcareService of a mission a CPTS carries: the CPTS's id and the mission code. */
    public static String healthcareServiceId(String cptsId, String missionCode) {
        return Fhir.fhirId(cptsId) + '.' + missionCode.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A mission a CPTS carries: its actions as a list in extraDetails, how it is known in an extension. */
    public ObjectNode healthcareService(CptsDetail cpts, long version, CptsMission carried) {
        Mission mission = carried.mission();
        ObjectNode service = Ext.JSON.objectNode().put("resourceType", "HealthcareService")
                .put("id", healthcareServiceId(cpts.id(), mission.code()));
        // A mission changes only with its CPTS: it shares the CPTS's version.
        service.putObject("meta").put("versionId", Long.toString(version)).put("lastUpdated", instant(cpts.updatedAt()));
        service.putArray("extension").add(Ext.complex(extension("mission-fact")).basis("basis", carried.basis())
                .source(carried.source()).string("quote", carried.quote()).node());
        service.put("active", cpts.status() != LifecycleStage.DISSOLVED);
        service.putObject("providedBy").put("reference", "Organization/" + Fhir.fhirId(cpts.id()))
                .put("display", cpts.name());
        service.putArray("type").addObject().putArray("coding")
                .add(Ext.coding(codeSystem("aci-mission"), mission.code(), mission.labelFr()));
        service.put("name", mission.labelFr());
        if (carried.note() != null) {
            service.put("comment", carried.note());
        }
        if (!carried.actions().isEmpty()) {
            StringBuilder list = new StringBuilder();
            carried.actions().forEach(action -> list.append("- ").append(action.replace("\n", " ")).append('\n'));
            service.put("extraDetails", list.toString().strip());
        }
        return service;
    }

    /** A source document; its id is the source's, as every fact's {@code source} references it. */
    public ObjectNode documentReference(Source source) {
        ObjectNode doc = Ext.JSON.objectNode().put("resourceType", "DocumentReference")
                .put("id", Fhir.fhirId(source.id()));
        doc.putObject("meta").put("lastUpdated", instant(source.updatedAt()));
        doc.putArray("identifier").addObject().put("system", base + "/sid/source-id").put("value", source.id());
        doc.put("status", "current");
        doc.putObject("type").put("text", source.kind().name());
        if (source.publishedOn() != null) {
            doc.put("date", source.publishedOn().atStartOfDay().atOffset(ZoneOffset.UTC).format(INSTANT));
        }
        doc.putArray("author").addObject().put("display", source.publisher());
        doc.put("description", source.title());
        ObjectNode attachment = doc.putArray("content").addObject().putObject("attachment")
                .put("contentType", "text/plain").put("language", source.language()).put("title", source.title());
        if (source.url() != null) {
            attachment.put("url", source.url());
        }
        if (source.publishedOn() != null) {
            attachment.put("creation", source.publishedOn().toString());
        }
        return doc;
    }

    /** The CodeSystem of the six ACI missions, from the catalog the JSON API serves. */
    public ObjectNode missionCodeSystem(List<Mission> catalog) {
        ObjectNode cs = Ext.JSON.objectNode().put("resourceType", "CodeSystem").put("id", "aci-mission")
                .put("url", codeSystem("aci-mission")).put("version", "2021-12-20").put("name", "AciMission")
                .put("title", "Missions de l'ACI CPTS").put("status", "active").put("experimental", false)
                .put("publisher", "CPTS registry")
                .put("description", "The six missions of the ACI CPTS (avenant 2, 20 December 2021): four socle "
                        + "missions every CPTS under the ACI carries, two optional ones.")
                .put("caseSensitive", true).put("content", "complete").put("count", catalog.size());
        ArrayNode concepts = cs.putArray("concept");
        for (Mission mission : catalog) {
            ObjectNode concept = concepts.addObject().put("code", mission.code()).put("display", mission.labelFr())
                    .put("definition", mission.labelEn() + " (" + mission.category() + ")");
            concept.putArray("designation").addObject().put("language", "en").put("value", mission.labelEn());
        }
        return cs;
    }

    /** A reference to the DocumentReference of a source, with its title, publisher and date in the display. */
    static ObjectNode sourceReference(SourceRef source) {
        return Ext.JSON.objectNode().put("reference", "DocumentReference/" + Fhir.fhirId(source.id()))
                .put("display", source.title() + " — " + source.publisher() + ", " + source.publishedOn());
    }

    static String instant(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(INSTANT);
    }
}
