package org.southsouth.rest.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.southsouth.rest.JsonMergePatch;

/**
 * JSON Merge Patch (RFC 7396) bodies get a schema of their own, derived from the fields schema the operation names:
 * the same properties, none required (send only what changes), and every property the fields schema does not
 * require may be null (null removes it). The patch schema is named after the operation: {@code updateOrganization}
 * patches with {@code OrganizationPatch}. A fields schema nothing else names (a body that exists only to be patched)
 * is then left out, so the document declares no schema it never uses.
 */
final class MergePatchSchemas {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String UPDATE = "update";

    private MergePatchSchemas() {}

    /** Gives the operation's merge-patch body its patch schema; adds the fields schema it patched to {@code bases}. */
    static void apply(Operation operation, Components components, Set<String> bases) {
        if (operation.getRequestBody() == null
                || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaType(JsonMergePatch.MEDIA_TYPE) == null) {
            return;
        }
        String operationId = operation.getOperationId();
        if (operationId == null || !operationId.startsWith(UPDATE)) {
            throw new IllegalStateException("A merge-patch operation's id is update<Resource>, so its patch schema "
                    + "can be named; found " + operationId);
        }
        String name = operationId.substring(UPDATE.length()) + "Patch";
        for (MediaType media :
                operation.getRequestBody().getContent().getMediaTypes().values()) {
            Schema fields = media.getSchema();
            if (fields == null || fields.getRef() == null) {
                throw new IllegalStateException(
                        operationId + ": a merge-patch body names the fields schema it patches");
            }
            String baseName = fields.getRef().substring(SCHEMAS.length());
            bases.add(baseName);
            components.addSchema(name, patchOf(components.getSchemas().get(baseName)));
            media.setSchema(OASFactory.createSchema().ref(SCHEMAS + name));
        }
    }

    /** Removes the fields schemas patched that no part of the document references any more. */
    static void dropUnreferenced(OpenAPI openAPI, Set<String> bases) {
        Set<String> referenced = SchemaReferences.in(openAPI);
        for (String base : bases) {
            if (!referenced.contains(SCHEMAS + base)) {
                openAPI.getComponents().removeSchema(base);
            }
        }
    }

    private static Schema patchOf(Schema fields) {
        List<String> required = fields.getRequired() == null ? List.of() : fields.getRequired();
        Schema patch = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description(
                        "JSON Merge Patch (RFC 7396): only the fields that change; null removes an optional field");
        Map<String, Schema> properties = new LinkedHashMap<>();
        fields.getProperties().forEach((property, schema) -> {
            if (!Boolean.TRUE.equals(schema.getReadOnly())) {
                properties.put(property, required.contains(property) ? schema : Nullable.of(schema));
            }
        });
        return patch.properties(properties);
    }

    /** Shallow copies: the fields schema keeps its own property schemas unchanged. */
    static final class Nullable {

        private Nullable() {}

        static Schema of(Schema schema) {
            if (schema.getRef() != null) {
                Schema anyOf = OASFactory.createSchema()
                        .addAnyOf(OASFactory.createSchema().ref(schema.getRef()))
                        .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
                anyOf.setDescription(schema.getDescription());
                return anyOf;
            }
            if (schema.getType() == null || schema.getType().contains(SchemaType.NULL)) {
                return schema;
            }
            Schema copy = OASFactory.createSchema();
            copy.setAll(new LinkedHashMap<>(schema.getAll()));
            List<SchemaType> types = new ArrayList<>(schema.getType());
            types.add(SchemaType.NULL);
            copy.setType(types);
            return copy;
        }
    }
}
