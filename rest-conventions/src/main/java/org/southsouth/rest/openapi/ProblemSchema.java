package org.southsouth.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schema of {@link org.southsouth.rest.Problem}. Declared here rather than scanned from the record because no
 * operation names the record any more: every problem response is a shared component, and each service's document
 * must carry the same schema so the merged document holds one.
 */
final class ProblemSchema {

    static final String REF = "#/components/schemas/Problem";

    private ProblemSchema() {}

    static void declare(Components components) {
        Schema fieldError = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .addProperty("field", string("The field, as a JSON path", "country"))
                .addProperty("message", string("What is wrong with it", "must be an ISO 3166-1 alpha-2 code"))
                .addRequired("field")
                .addRequired("message");
        Schema problem = OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty(
                        "type",
                        string("URI identifying the problem type", "https://southsouth.org/problems/validation"))
                .addProperty("title", string("Short summary of the problem type", "Request is not valid"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .description("HTTP status code")
                                .addExample(400))
                .addProperty(
                        "detail",
                        string("What went wrong in this occurrence", "country: must be an ISO 3166-1 alpha-2 code"))
                .addProperty("instance", string("The request path", "/api/v1/organizations"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("Fields that failed validation")
                                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addRequired("status");
        components.addSchema("FieldError", fieldError);
        components.addSchema("Problem", problem);
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema()
                .addType(SchemaType.STRING)
                .description(description)
                .addExample(example);
    }
}
