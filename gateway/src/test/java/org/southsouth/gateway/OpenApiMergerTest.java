package org.southsouth.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.southsouth.gateway.openapi.OpenApiMerger;

class OpenApiMergerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void clashingSchemasAreRenamedAfterTheirServiceAndReferencesFollow() throws Exception {
        JsonNode partner = json.readTree("""
                {"openapi":"3.1.0","tags":[{"name":"Organizations"}],
                 "paths":{"/api/v1/organizations":{"get":{"responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Status"}}}}}}},
                          "/q/health":{"get":{}}},
                 "components":{"schemas":{"Status":{"enum":["PROSPECT","ACTIVE"]},"Problem":{"type":"object"}}}}""");
        JsonNode events = json.readTree("""
                {"openapi":"3.1.0","tags":[{"name":"Events"}],
                 "paths":{"/api/v1/events":{"get":{"responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Status"}}}}}}}},
                 "components":{"schemas":{"Status":{"enum":["DRAFT","OPEN"]},"Problem":{"type":"object"}}}}""");

        JsonNode merged = new OpenApiMerger("t", "1", "d", "http://gateway:8080")
                .add("partner", partner)
                .add("events", events)
                .result();

        assertEquals(
                "#/components/schemas/Status",
                merged.at("/paths/~1api~1v1~1organizations/get/responses/200/content/application~1json/schema/$ref")
                        .asText());
        assertEquals(
                "#/components/schemas/EventsStatus",
                merged.at("/paths/~1api~1v1~1events/get/responses/200/content/application~1json/schema/$ref")
                        .asText());
        assertEquals(
                "DRAFT", merged.at("/components/schemas/EventsStatus/enum/0").asText());
        assertEquals("PROSPECT", merged.at("/components/schemas/Status/enum/0").asText());
        assertFalse(merged.at("/components/schemas").has("EventsProblem"), "identical schemas are shared, not renamed");
        assertFalse(merged.path("paths").has("/q/health"), "only the public API is merged");
        assertEquals(
                "events", merged.at("/paths/~1api~1v1~1events/get/x-service").asText());
        assertEquals("http://gateway:8080", merged.at("/servers/0/url").asText());
        assertTrue(merged.at("/x-tagGroups/1/tags").toString().contains("Events"));
    }

    @Test
    void schemasThatDifferOnlyInTheirExamplesAreOneSchema() throws Exception {
        JsonNode partner = json.readTree("""
                {"openapi":"3.1.0","paths":{},"components":{"schemas":{
                 "Instant":{"type":"string","format":"date-time","examples":["2022-03-10T16:15:50Z"]},
                 "HistoryEntry":{"type":"object","properties":{"at":{"$ref":"#/components/schemas/Instant"}}}}}}""");
        JsonNode events = json.readTree("""
                {"openapi":"3.1.0","paths":{},"components":{"schemas":{
                 "Instant":{"type":"string","format":"date-time"},
                 "HistoryEntry":{"type":"object","properties":{"at":{"$ref":"#/components/schemas/Instant",
                   "examples":["2022-03-10T16:15:50Z"]}}}}}}""");

        JsonNode merged = new OpenApiMerger("t", "1", "d", "http://gateway:8080")
                .add("partner", partner)
                .add("events", events)
                .result();

        assertFalse(
                merged.at("/components/schemas").has("EventsHistoryEntry"),
                merged.at("/components/schemas").toString());
        assertFalse(
                merged.at("/components/schemas").has("EventsInstant"),
                merged.at("/components/schemas").toString());
    }

    @Test
    void aTagTwoServicesShareIsDeclaredOnceAndGroupedUnderBoth() throws Exception {
        JsonNode events = json.readTree("""
                {"openapi":"3.1.0","tags":[{"name":"Events"},{"name":"Sync state"}],"paths":{}}""");
        JsonNode volunteer = json.readTree("""
                {"openapi":"3.1.0","tags":[{"name":"Sync state"},{"name":"Volunteers"}],"paths":{}}""");

        JsonNode merged = new OpenApiMerger("t", "1", "d", "http://gateway:8080")
                .add("events", events)
                .add("volunteer", volunteer)
                .result();

        assertEquals(
                "[\"Events\",\"Sync state\",\"Volunteers\"]",
                json.valueToTree(merged.path("tags").findValuesAsText("name")).toString());
        assertEquals(
                "[\"Sync state\",\"Volunteers\"]",
                merged.at("/x-tagGroups/1/tags").toString());
    }

    @Test
    void pagesAreNamedAfterTheirItemsAndTheGatewayAddsItsAnswersByReference() throws Exception {
        JsonNode volunteer = json.readTree("""
                {"openapi":"3.1.0",
                 "paths":{"/api/v1/matches":{"get":{"operationId":"listMatches","responses":{"200":{"description":"ok",
                     "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page3"}}}}}}}},
                 "components":{"schemas":{"Page3":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/Match"}}}},
                                          "Match":{"type":"object"}},
                               "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer"}}}}""");
        JsonNode gateway = json.readTree("""
                {"openapi":"3.1.0","paths":{},
                 "components":{"responses":{"Unauthorized":{"description":"No valid bearer token"}}}}""");

        JsonNode merged = new OpenApiMerger("t", "1", "d", "http://gateway:8080")
                .add("volunteer", volunteer)
                .addGateway(gateway, "http://gateway:8080/oauth2/token")
                .result();

        JsonNode operation = merged.at("/paths/~1api~1v1~1matches/get");
        assertEquals(
                "#/components/schemas/MatchPage",
                operation
                        .at("/responses/200/content/application~1json/schema/$ref")
                        .asText());
        assertTrue(merged.at("/components/schemas").has("MatchPage"));
        assertFalse(merged.at("/components/securitySchemes").has("SecurityScheme"), "only the gateway's schemes");
        assertEquals(
                "#/components/responses/Unauthorized",
                operation.at("/responses/401/$ref").asText());
        assertEquals(
                "#/components/responses/TooManyRequests",
                operation.at("/responses/429/$ref").asText());
        assertEquals(
                "#/components/headers/RateLimit-Remaining",
                operation.at("/responses/200/headers/RateLimit-Remaining/$ref").asText());
        assertEquals(
                "#/components/headers/RateLimit-Reset",
                merged.at("/components/responses/Unauthorized/headers/RateLimit-Reset/$ref")
                        .asText());
        assertEquals(
                "integer",
                merged.at("/components/headers/RateLimit-Limit/schema/type").asText());
    }
}
