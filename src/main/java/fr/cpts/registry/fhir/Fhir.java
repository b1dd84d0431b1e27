package fr.cpts.registry.fhir;

/** The constants of the FHIR R4 view: where it is served, its media type, the code systems and naming systems it uses. */
public final class Fhir {

    /** Path of the FHIR base (the service base URL of FHIR's RESTful API). */
    public static final String BASE_PATH = "/fhir/r4";
    public static final String MEDIA_TYPE = OperationOutcome.MEDIA_TYPE;

    /** _count when none is given, and the most a page holds (as the JSON API's limit). */
    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 200;

    public static final String FINESS = "https://finess.esante.gouv.fr";
    public static final String SIRENE = "https://sirene.fr";
    public static final String IDENTIFIER_TYPE = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203";
    public static final String CATEGORY_R66 =
            "https://mos.esante.gouv.fr/NOS/TRE_R66-CategorieEtablissement/FHIR/TRE-R66-CategorieEtablissement";
    public static final String CATEGORY_R397 =
            "https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r397-categorie-entite-geographique-exercice";
    public static final String CPTS_CATEGORY = "604";
    public static final String CPTS_CATEGORY_DISPLAY = "Communauté Professionnelle Territoriale de Santé (CPTS)";
    public static final String COMMUNE = "https://mos.esante.gouv.fr/NOS/TRE_R13-Commune/FHIR/TRE-R13-Commune";
    public static final String ENGAGEMENT = "https://smt.esante.gouv.fr/fhir/CodeSystem/tre-r395-engagement";
    public static final String FR_CORE_ORGANIZATION = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-organization";

    private Fhir() {
    }

    /**
     * The FHIR id of a registry id: FHIR ids allow no '_', registry ids never contain '-' (persistence.Ids), so
     * {@code cpts_fqgmb7d998ve} is {@code cpts-fqgmb7d998ve} and back, one to one.
     */
    public static String fhirId(String registryId) {
        return registryId.replace('_', '-');
    }

    public static String registryId(String fhirId) {
        return fhirId.replace('-', '_');
    }
}
