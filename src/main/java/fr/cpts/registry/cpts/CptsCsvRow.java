package fr.cpts.registry.cpts;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One CPTS as a CSV row: the flat fields of {@link CptsSummary}, lists joined with ';', precisions and bases beside
 * their values (departmentBases is parallel to departmentCodes). Empty cells stand for null.
 */
@JsonPropertyOrder({ "id", "name", "status", "statusBasis", "regionCode", "regionName", "departmentCodes",
        "departmentBases", "aciSignedOn", "aciSignedOnBasis", "declaredPopulation", "declaredPopulationPrecision",
        "computedPopulation", "sizeCategory", "sizeCategoryBasis", "missions", "inferredMissions", "members",
        "membersPrecision", "membersAsOf", "membersAsOfBasis" })
record CptsCsvRow(String id, String name, LifecycleStage status, String statusBasis, String regionCode,
        String regionName, String departmentCodes, String departmentBases, String aciSignedOn, String aciSignedOnBasis,
        Integer declaredPopulation, String declaredPopulationPrecision, Integer computedPopulation, Integer sizeCategory,
        String sizeCategoryBasis, String missions, String inferredMissions, Integer members, String membersPrecision,
        String membersAsOf, String membersAsOfBasis) {

    /** The header row (the column order above). */
    static final String HEADER = "id,name,status,statusBasis,regionCode,regionName,departmentCodes,departmentBases,"
            + "aciSignedOn,aciSignedOnBasis,declaredPopulation,declaredPopulationPrecision,computedPopulation,"
            + "sizeCategory,sizeCategoryBasis,missions,inferredMissions,members,membersPrecision,membersAsOf,"
            + "membersAsOfBasis";
    /** A row, for the contract's example. */
    static final String EXAMPLE = "cpts_fqgmb7d998ve,CPTS du Pays d'Héricourt,ACI_SIGNED,INFERRED,27,"
            + "Bourgogne-Franche-Comté,70;25,INFERRED;DERIVED,2024-04-19,INFERRED,21000,AT_LEAST,20969,1,"
            + "COMPUTED_POPULATION,ACCESS_TO_CARE;CARE_PATHWAYS,,57,ABOUT,2024-04-19,DERIVED";

    static CptsCsvRow of(CptsSummary c) {
        return new CptsCsvRow(c.id(), c.name(), c.status(), name(c.statusBasis()),
                c.region() == null ? null : c.region().code(), c.region() == null ? null : c.region().name(),
                joined(c.departments(), CptsDepartment::code), joined(c.departments(), d -> d.basis().kind().name()),
                c.aciSignedOn(), name(c.aciSignedOnBasis()),
                c.declaredPopulation() == null ? null : c.declaredPopulation().value(),
                c.declaredPopulation() == null ? null : c.declaredPopulation().precision().name(),
                c.computedPopulation(), c.sizeCategory(), c.sizeCategoryBasis(), String.join(";", c.missions()),
                String.join(";", c.inferredMissions()),
                c.members() == null ? null : c.members().value(),
                c.members() == null ? null : c.members().precision().name(),
                c.members() == null ? null : c.members().asOf().toString(),
                c.members() == null ? null : name(c.members().asOfBasis()));
    }

    private static <T> String joined(List<T> items, Function<T, String> field) {
        return String.join(";", items.stream().map(field).toList());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
