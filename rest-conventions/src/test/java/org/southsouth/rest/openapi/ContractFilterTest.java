package org.southsouth.rest.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;
import org.southsouth.rest.JsonMergePatch;
import org.southsouth.rest.bulk.BulkDescriptions;

class ContractFilterTest {

    private static Operation filtered(String path, Operation operation, boolean post) {
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                path,
                                post
                                        ? OASFactory.createPathItem().POST(operation)
                                        : OASFactory.createPathItem().GET(operation)));
        new ContractFilter().filterOpenAPI(openAPI);
        return operation;
    }

    private static APIResponse ok(String schemaRef) {
        return OASFactory.createAPIResponse()
                .description("ok")
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(schemaRef))));
    }

    @Test
    void everyChangesFeedAnswersABadCursorAndAnExpiredOne() {
        Operation feed = filtered(
                "/api/v1/things/changes",
                OASFactory.createOperation()
                        .addParameter(
                                OASFactory.createParameter().name("cursor").in(Parameter.In.QUERY))
                        .responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", ok("#/components/schemas/ChangeFeedPage"))),
                false);

        assertEquals(
                StandardResponse.BAD_REQUEST.ref(),
                feed.getResponses().getAPIResponse("400").getRef());
        assertEquals(
                ChangeFeedResponses.BAD_CURSOR,
                feed.getResponses().getAPIResponse("400").getDescription());
        assertEquals(
                StandardResponse.GONE.ref(),
                feed.getResponses().getAPIResponse("410").getRef());
        assertEquals(
                ChangeFeedResponses.GONE,
                feed.getResponses().getAPIResponse("410").getDescription());
    }

    @Test
    void everyBatchAnswersForTheWholeBatchAndDescribesItsIdempotencyKey() {
        Parameter key = OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER);
        Operation batch = filtered(
                "/api/v1/things/bulk",
                OASFactory.createOperation()
                        .addParameter(key)
                        .requestBody(OASFactory.createRequestBody())
                        .responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", ok("#/components/schemas/BulkResult"))
                                .addAPIResponse(
                                        "400", OASFactory.createAPIResponse().description("Bad Request"))),
                true);

        assertEquals(
                BulkDescriptions.TOO_MANY,
                batch.getResponses().getAPIResponse("400").getDescription());
        assertEquals(
                BulkDescriptions.KEY_RUNNING,
                batch.getResponses().getAPIResponse("409").getDescription());
        assertEquals(
                BulkDescriptions.TOO_LARGE,
                batch.getResponses().getAPIResponse("413").getDescription());
        assertEquals(
                BulkDescriptions.KEY_REUSED,
                batch.getResponses().getAPIResponse("422").getDescription());
        assertEquals(BulkDescriptions.KEY, key.getDescription());
    }

    @Test
    void anOperationThatIsNeitherGetsNoneOfThem() {
        Operation list = filtered(
                "/api/v1/things",
                OASFactory.createOperation()
                        .responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", ok("#/components/schemas/Thing"))),
                false);

        assertNull(list.getResponses().getAPIResponse("410"));
        assertNull(list.getResponses().getAPIResponse("409"));
    }

    private static OpenAPI patchedThings(boolean fieldsAlsoCreate) {
        Operation patch = OASFactory.createOperation()
                .operationId("updateThing")
                .requestBody(OASFactory.createRequestBody()
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        JsonMergePatch.MEDIA_TYPE,
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref("#/components/schemas/ThingFields")))))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", ok("#/components/schemas/Thing")));
        PathItem item = OASFactory.createPathItem().PATCH(patch);
        if (fieldsAlsoCreate) {
            item.POST(OASFactory.createOperation()
                    .operationId("createThing")
                    .requestBody(OASFactory.createRequestBody()
                            .content(OASFactory.createContent()
                                    .addMediaType(
                                            "application/json",
                                            OASFactory.createMediaType()
                                                    .schema(OASFactory.createSchema()
                                                            .ref("#/components/schemas/ThingFields")))))
                    .responses(
                            OASFactory.createAPIResponses().addAPIResponse("201", ok("#/components/schemas/Thing"))));
        }
        Schema fields = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("name", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        OpenAPI openAPI = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/things/{id}", item))
                .components(OASFactory.createComponents()
                        .addSchema("ThingFields", fields)
                        .addSchema("Thing", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)));
        new ContractFilter().filterOpenAPI(openAPI);
        return openAPI;
    }

    @Test
    void aFieldsSchemaOnlyPatchedIsLeftOutOfTheDocument() {
        Map<String, Schema> schemas = patchedThings(false).getComponents().getSchemas();

        assertTrue(schemas.containsKey("ThingPatch"));
        assertFalse(schemas.containsKey("ThingFields"));
        assertTrue(schemas.containsKey("Thing"));
    }

    @Test
    void aFieldsSchemaAnotherOperationNamesStays() {
        Map<String, Schema> schemas = patchedThings(true).getComponents().getSchemas();

        assertTrue(schemas.containsKey("ThingPatch"));
        assertTrue(schemas.containsKey("ThingFields"));
    }
}
