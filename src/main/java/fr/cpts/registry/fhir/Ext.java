package fr.cpts.registry.fhir;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.cpts.registry.fact.Basis;
import fr.cpts.registry.fact.Count;
import fr.cpts.registry.fact.Precision;
import fr.cpts.registry.source.SourceRef;

/**
 * A complex extension being built: each sub-extension named by its slice name, added only when it has a value
 * (FHIR has no null). Facts carry their basis and source the same way everywhere: sub-extensions {@code basis},
 * {@code basisReason}, {@code source} (a reference to the DocumentReference of the source) and {@code quote}.
 */
final class Ext {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode node;
    private final ArrayNode parts;

    private Ext(String url) {
        node = JSON.objectNode().put("url", url);
        parts = node.putArray("extension");
    }

    static Ext complex(String url) {
        return new Ext(url);
    }

    Ext code(String name, String value) {
        return value == null ? this : add(name, "valueCode", JSON.textNode(value));
    }

    Ext string(String name, String value) {
        return value == null || value.isBlank() ? this : add(name, "valueString", JSON.textNode(value));
    }

    Ext integer(String name, Integer value) {
        return value == null ? this : add(name, "valueInteger", JSON.numberNode(value));
    }

    Ext bool(String name, boolean value) {
        return add(name, "valueBoolean", JSON.booleanNode(value));
    }

    /** A date at the precision it is known (YYYY, YYYY-MM or YYYY-MM-DD: FHIR's date carries its precision). */
    Ext date(String name, String value) {
        return value == null ? this : add(name, "valueDate", JSON.textNode(value));
    }

    Ext date(String name, LocalDate value) {
        return value == null ? this : date(name, value.toString());
    }

    Ext coding(String name, String system, String code, String display) {
        return add(name, "valueCoding", coding(system, code, display));
    }

    Ext quantity(String name, Count count, String unit, String approximateUrl) {
        return count == null ? this : add(name, "valueQuantity", quantity(count, unit, approximateUrl));
    }

    Ext source(SourceRef source) {
        return source == null ? this : add("source", "valueReference", FhirViews.sourceReference(source));
    }

    Ext basis(String name, Basis basis) {
        if (basis == null) {
            return this;
        }
        code(name, basis.kind().name());
        return string(name + "Reason", basis.reason());
    }

    Ext nested(Ext part) {
        parts.add(part.node);
        return this;
    }

    Ext add(String name, String valueType, com.fasterxml.jackson.databind.JsonNode value) {
        ObjectNode part = parts.addObject().put("url", name);
        part.set(valueType, value);
        return this;
    }

    ObjectNode node() {
        return node;
    }

    static ObjectNode coding(String system, String code, String display) {
        ObjectNode coding = JSON.objectNode().put("system", system).put("code", code);
        return display == null ? coding : coding.put("display", display);
    }

    /**
     * A count as a Quantity: "plus de 50" (AT_LEAST) is the comparator {@code >=}; "environ 100" (ABOUT) carries the
     * {@code approximate} extension, as R4 has no comparator for it.
     */
    static ObjectNode quantity(Count count, String unit, String approximateUrl) {
        ObjectNode quantity = JSON.objectNode();
        if (count.precision() == Precision.ABOUT) {
            quantity.putArray("extension").addObject().put("url", approximateUrl).put("valueBoolean", true);
        }
        quantity.put("value", count.value());
        if (count.precision() == Precision.AT_LEAST) {
            quantity.put("comparator", ">=");
        }
        return unit == null ? quantity : quantity.put("unit", unit);
    }
}
