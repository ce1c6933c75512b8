package org.southsouth.rest.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Java types whose scanned schema says something else than the JSON they are written as. A local date-time has no
 * offset, so it is no RFC 3339 {@code date-time} (a generated client would fail to parse it): it is a string with a
 * pattern. Jackson's {@code JsonNode} is any JSON, never an object with Jackson's accessor properties: its scanned
 * schema is dropped, and a property scanned as a reference to it takes any value (a field that holds something
 * narrower names that schema itself).
 */
final class TypeSchemas {

    private static final String JSON_NODE = "#/components/schemas/JsonNode";
    private static final String SECONDS = "(:[0-9]{2}(\\.[0-9]{1,9})?)?$";
    private static final Map<String, Schema> LOCAL_TIMES = Map.of(
            "LocalDateTime",
                    local(
                            "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}" + SECONDS,
                            "A local date and time (ISO 8601, no offset or zone), e.g. 2026-09-01T06:45:00",
                            "2026-09-01T06:45:00"),
            "LocalTime",
                    local(
                            "^[0-9]{2}:[0-9]{2}" + SECONDS,
                            "A local time of day (ISO 8601, no offset or zone), e.g. 09:30:00",
                            "09:30:00"));

    private TypeSchemas() {}

    static void apply(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        LOCAL_TIMES.forEach((name, schema) -> {
            if (schemas.containsKey(name)) {
                components.addSchema(name, schema);
            }
        });
        components.removeSchema("JsonNode");
        components.removeSchema("JsonNodeType");
    }

    /** A schema scanned as Jackson's tree model, alone or as a nullable choice, made to take any JSON value. */
    static void anyValueForJsonNode(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        boolean choiceOfNode = anyOf != null && anyOf.stream().anyMatch(choice -> JSON_NODE.equals(choice.getRef()));
        if (JSON_NODE.equals(schema.getRef()) || choiceOfNode) {
            schema.setRef(null);
            schema.setAnyOf(null);
            schema.setType(null);
            schema.setItems(null);
        }
    }

    /**
     * A String parameter that names an enum with {@code @Schema(implementation = …)} is scanned as the enum's
     * {@code $ref} beside the {@code type: object} of the String it annotates, which no value satisfies; the
     * reference alone says what it takes.
     */
    static void referenceOnly(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
    }

    private static Schema local(String pattern, String description, String example) {
        return OASFactory.createSchema()
                .addType(SchemaType.STRING)
                .pattern(pattern)
                .description(description)
                .addExample(example);
    }
}
