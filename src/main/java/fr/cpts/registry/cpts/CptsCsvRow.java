package fr.cpts.registry.cpts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One CPTS as a CSV row: the flat fields of {@link CptsSummary}, lists joined with ';' and precisions beside their
 * numbers. Empty cells stand for null.
 */
@JsonPropertyOrder({ "id", "name", "status", "regionCode", "regionName", "departmentCodes", "aciSignedOn",
        "declaredPopulation", "declaredPopulationPrecision", "computedPopulation", "sizeCategory", "missions",
        "members", "membersPrecision", "membersAsOf" })
record CptsCsvRow(String id, String name, LifecycleStage status, String regionCode, String regionName,
        String departmentCodes, String aciSignedOn, Integer declaredPopulation, String declaredPopulationPrecision,
        Integer computedPopulation, Integer sizeCategory, String missions, Integer members, String membersPrecision,
        String membersAsOf) {

    /** The header row (the column order above). */
    static final String HEADER = "id,name,status,regionCode,regionName,departmentCodes,aciSignedOn,declaredPopulation,"
            + "declaredPopulationPrecision,computedPopulation,sizeCategory,missions,members,membersPrecision,membersAsOf";
    /** A row, for the contract's example. */
    static final String EXAMPLE = "cpts_fqgmb7d998ve,CPTS du Pays d'Héricourt,ACI_SIGNED,27,Bourgogne-Franche-Comté,70,"
            + "2024-04-19,21000,AT_LEAST,20969,1,ACCESS_TO_CARE;CARE_PATHWAYS,57,ABOUT,2024-04-19";

    static CptsCsvRow of(CptsSummary c) {
        return new CptsCsvRow(c.id(), c.name(), c.status(),
                c.region() == null ? null : c.region().code(), c.region() == null ? null : c.region().name(),
                String.join(";", c.departments().stream().map(d -> d.code()).toList()), c.aciSignedOn(),
                c.declaredPopulation() == null ? null : c.declaredPopulation().value(),
                c.declaredPopulation() == null ? null : c.declaredPopulation().precision().name(),
                c.computedPopulation(), c.sizeCategory(), String.join(";", c.missions()),
                c.members() == null ? null : c.members().value(),
                c.members() == null ? null : c.members().precision().name(),
                c.members() == null ? null : c.members().asOf().toString());
    }
}
