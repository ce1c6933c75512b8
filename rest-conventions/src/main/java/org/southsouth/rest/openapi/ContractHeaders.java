package org.southsouth.rest.openapi;

import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** The response headers every API sends, declared once in {@code components.headers}. */
final class ContractHeaders {

    static final String REQUEST_ID = "X-Request-Id";
    static final String RETRY_AFTER = "Retry-After";
    static final String LOCATION = "Location";
    static final String ETAG = "ETag";
    private static final Map<String, Header> DECLARED = Map.of(
            REQUEST_ID,
                    header(
                            "The request's id, the caller's own when it sent a valid one; quote it when reporting a problem",
                            Schema.SchemaType.STRING),
            RETRY_AFTER, header("Seconds to wait before retrying", Schema.SchemaType.INTEGER),
            ETAG,
                    header(
                            "The revision of the representation: send it in If-Match to change it, or in If-None-Match "
                                    + "to read it only if it changed",
                            Schema.SchemaType.STRING),
            LOCATION, header("The URL of the created resource", Schema.SchemaType.STRING));

    private ContractHeaders() {}

    static void declare(Components components) {
        DECLARED.forEach(components::addHeader);
    }

    static Header ref(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    /**
     * A header declared inline that is one of the shared ones becomes a reference to it (its own description kept
     * when it says more); any other inline header without a schema is a string.
     */
    static void share(APIResponse response) {
        Map.copyOf(response.getHeaders()).forEach((name, header) -> {
            Header declared = DECLARED.get(name);
            if (header.getRef() != null) {
                return;
            }
            if (declared != null) {
                Header reference = ref(name);
                if (header.getDescription() != null
                        && !Objects.equals(header.getDescription(), declared.getDescription())) {
                    reference.setDescription(header.getDescription());
                }
                response.addHeader(name, reference);
            } else if (header.getSchema() == null && header.getContent() == null) {
                header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            }
        });
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(type));
    }
}
