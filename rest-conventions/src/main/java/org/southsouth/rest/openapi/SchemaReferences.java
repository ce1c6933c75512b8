package org.southsouth.rest.openapi;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every {@code $ref} a document's schemas make, from its operations and from its components: what the services'
 * documents use (parameters, bodies, responses and their headers, nested schemas).
 */
final class SchemaReferences {

    private final Set<String> refs = new HashSet<>();

    private SchemaReferences() {}

    static Set<String> in(OpenAPI openAPI) {
        SchemaReferences found = new SchemaReferences();
        if (openAPI.getPaths() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                found.parameters(item.getParameters());
                item.getOperations().values().forEach(found::operation);
            }
        }
        Components components = openAPI.getComponents();
        if (components != null) {
            found.schemas(values(components.getSchemas()));
            values(components.getResponses()).forEach(found::response);
            found.parameters(values(components.getParameters()));
            values(components.getRequestBodies()).forEach(found::body);
            values(components.getHeaders()).forEach(found::header);
        }
        return found.refs;
    }

    private void operation(Operation operation) {
        parameters(operation.getParameters());
        body(operation.getRequestBody());
        if (operation.getResponses() != null) {
            values(operation.getResponses().getAPIResponses()).forEach(this::response);
        }
    }

    private void parameters(Collection<Parameter> parameters) {
        if (parameters != null) {
            for (Parameter parameter : parameters) {
                schema(parameter.getSchema());
                content(parameter.getContent());
            }
        }
    }

    private void body(RequestBody body) {
        if (body != null) {
            content(body.getContent());
        }
    }

    private void response(APIResponse response) {
        content(response.getContent());
        values(response.getHeaders()).forEach(this::header);
    }

    private void header(Header header) {
        schema(header.getSchema());
        content(header.getContent());
    }

    private void content(Content content) {
        if (content != null) {
            for (MediaType media : values(content.getMediaTypes())) {
                schema(media.getSchema());
            }
        }
    }

    private void schemas(Collection<Schema> schemas) {
        if (schemas != null) {
            schemas.forEach(this::schema);
        }
    }

    private void schema(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            refs.add(schema.getRef());
        }
        schemas(values(schema.getProperties()));
        schema(schema.getItems());
        schema(schema.getAdditionalPropertiesSchema());
        schema(schema.getNot());
        schemas(schema.getAllOf());
        schemas(schema.getAnyOf());
        schemas(schema.getOneOf());
        schemas(schema.getPrefixItems());
    }

    private static <T> Collection<T> values(Map<String, T> map) {
        return map == null ? Set.of() : map.values();
    }
}
