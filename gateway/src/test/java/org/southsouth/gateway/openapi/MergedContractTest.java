package org.southsouth.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The merged document as the build makes it ({@link UnifiedDocument}) from the documents each service stored in its
 * target/openapi on package: the contract a client is generated from. Skipped, saying so, where the services were
 * not built first.
 */
class MergedContractTest {

    private static final List<String> SERVICES = List.of("partner", "volunteer", "events", "webhook");
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static JsonNode merged;

    @BeforeAll
    static void merge() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> services = new TreeMap<>();
        for (String service : SERVICES) {
            services.put(
                    service,
                    json.readTree(stored(Path.of("..", service + "-service")).toFile()));
        }
        merged = UnifiedDocument.merge(
                services, json.readTree(stored(Path.of(".")).toFile()), "https://api.southsouth.example");
    }

    @Test
    void everyOperationHasAUniqueVerbNounOperationId() {
        Map<String, List<String>> byId = new HashMap<>();
        List<String> missing = new ArrayList<>();
        operations((where, operation) -> {
            String id = operation.path("operationId").asText(null);
            if (id == null) {
                missing.add(where);
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
            }
        });
        assertEquals(List.of(), missing, "operations without operationId");
        byId.forEach((id, where) -> assertEquals(1, where.size(), id + " names " + where));
        byId.keySet().forEach(id -> assertTrue(id.matches("[a-z]+[A-Z][A-Za-z]*"), id + " is verb-noun camelCase"));
    }

    @Test
    void everyServicesSyncStateAnswersTheOneSyncStateSchemaUnderOneTag() {
        for (String service : List.of("volunteers", "events", "webhooks")) {
            JsonNode operation = merged.path("paths")
                    .path("/api/v1/" + service + "/sync-state")
                    .path("get");
            assertEquals(
                    "#/components/schemas/SyncState",
                    operation
                            .at("/responses/200/content/application~1json/schema/$ref")
                            .asText(),
                    service);
            assertEquals("Sync state", operation.at("/tags/0").asText(), service);
            assertTrue(operation.path("parameters").findValuesAsText("name").contains("waitSeconds"), service);
        }
    }

    @Test
    void jacksonsTreeModelIsNoSchema() {
        assertFalse(merged.at("/components/schemas").has("JsonNode"));
        assertFalse(merged.toString().contains("JsonNode"), "nothing names JsonNode");
    }

    @Test
    void mergePatchBodiesHaveSchemasOfTheirOwnWithoutRequired() {
        List<String> patches = new ArrayList<>();
        operations((where, operation) -> operation
                .path("requestBody")
                .path("content")
                .properties()
                .forEach(media -> {
                    if (media.getKey().equals("application/merge-patch+json")) {
                        JsonNode schema = resolve(media.getValue().path("schema"));
                        assertFalse(schema.has("required"), where + " requires " + schema.path("required"));
                        patches.add(media.getValue().at("/schema/$ref").asText());
                    }
                }));
        assertTrue(patches.contains("#/components/schemas/OrganizationPatch"), "patch schemas: " + patches);
        assertEquals(
                List.of("null", "string"),
                sorted(merged.at("/components/schemas/OrganizationPatch/properties/website/type")),
                "an optional field may be cleared");
    }

    @Test
    void localDateTimesAreStringsWithAPatternNotRfc3339DateTimes() {
        JsonNode local = merged.at("/components/schemas/LocalDateTime");
        assertEquals("string", local.path("type").asText());
        assertFalse(local.has("format"), "no date-time format: the value has no offset");
        assertTrue("2026-09-01T06:45:00".matches(local.path("pattern").asText()));
    }

    @Test
    void enumParametersAreTheEnumAlone() {
        operations((where, operation) -> operation.path("parameters").forEach(parameter -> {
            JsonNode schema = parameter.path("schema");
            assertFalse(
                    schema.has("$ref") && schema.has("type"),
                    where + " " + parameter.path("name").asText() + ": " + schema);
        }));
        assertEquals(
                "#/components/schemas/EventKind",
                merged.at("/paths/~1api~1v1~1events/get/parameters")
                        .findValue("$ref")
                        .asText());
    }

    @Test
    void errorsAreTheSharedProblemResponsesAndHeadersHaveSchemas() {
        operations((where, operation) -> operation
                .path("responses")
                .properties()
                .forEach(response -> {
                    String status = response.getKey();
                    JsonNode answer = response.getValue();
                    boolean oauthError = where.startsWith("post /oauth2/token")
                            && Set.of("400", "401").contains(status);
                    if (status.matches("[45]..") && !oauthError) {
                        assertTrue(
                                answer.path("$ref").asText().startsWith("#/components/responses/"),
                                where + " " + status + ": " + answer);
                    }
                    answer.path("headers")
                            .properties()
                            .forEach(header -> assertTrue(
                                    header.getValue().has("$ref")
                                            || header.getValue().has("schema"),
                                    where + " " + status + " header " + header.getKey()));
                }));
        operations((where, operation) -> {
            if (operation.has("requestBody")) {
                assertTrue(operation.at("/responses/415").has("$ref"), where + " reads a body: 415");
            }
        });
        JsonNode tooMany = merged.at("/components/responses/TooManyRequests");
        assertEquals(
                "#/components/schemas/Problem",
                tooMany.at("/content/application~1problem+json/schema/$ref").asText());
        for (String header :
                List.of("Retry-After", "X-Request-Id", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
            assertTrue(tooMany.path("headers").has(header), "429 carries " + header);
            assertTrue(merged.at("/components/headers").has(header), header + " is declared once");
        }
    }

    @Test
    void responsesSayWhatTheOperationsReturn() {
        assertEquals(
                "array",
                merged.at("/paths/~1api~1v1~1knowledge-products~1{id}~1versions/get/responses/200/content"
                                + "/application~1json/schema/type")
                        .asText());
        assertEquals(
                "#/components/schemas/MatchPage",
                merged.at("/paths/~1api~1v1~1matches/get/responses/200/content" + "/application~1json/schema/$ref")
                        .asText());
        assertEquals(
                List.of("null", "string"),
                sorted(merged.at("/components/schemas/Organization/properties/acronym/type")));
        assertTrue(
                merged.at("/components/schemas/Deployment/properties/endedOn/anyOf")
                        .toString()
                        .contains("null"),
                "a deployment not ended has endedOn null");
    }

    @Test
    void listParametersAreTypedAlikeInEveryList() {
        operations((where, operation) -> operation.path("parameters").forEach(parameter -> {
            String name = parameter.path("name").asText();
            if (List.of("page", "size").contains(name)) {
                assertEquals("integer", parameter.at("/schema/type").asText(), where + " " + name);
            }
            if ("hub".equals(name)) {
                assertEquals("boolean", parameter.at("/schema/type").asText(), where + " " + name);
            }
        }));
    }

    private static void operations(BiConsumer<String, JsonNode> check) {
        merged.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (METHODS.contains(method.getKey())) {
                        check.accept(method.getKey() + " " + path.getKey(), method.getValue());
                    }
                }));
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : merged.at(ref.substring(1));
    }

    private static List<String> sorted(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        values.sort(null);
        return values;
    }

    private static Path stored(Path module) {
        Path document = module.resolve("target/openapi/openapi.json");
        Assumptions.assumeTrue(
                Files.isRegularFile(document),
                "No stored OpenAPI document at " + document.toAbsolutePath() + ": package that module first");
        return document;
    }
}
