package org.southsouth.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Merges the services' OpenAPI documents into one: every {@code /api/v1} path, every component, tags grouped
 * per service ({@code x-tagGroups}), and {@code servers} pointing at the gateway. Components with the same name
 * but different content are renamed after their service ({@code Volunteer} + {@code Status}) with every
 * {@code $ref} to them rewritten, so no service's schema silently replaces another's.
 */
public final class OpenApiMerger {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String API_PREFIX = "/api/v1/";
    private static final String GATEWAY = "gateway";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Pattern PAGE = Pattern.compile("Page[0-9]*");

    private final ObjectNode merged = NODES.objectNode();
    private final ObjectNode paths = NODES.objectNode();
    private final ObjectNode components = NODES.objectNode();
    private final ArrayNode tags = NODES.arrayNode();
    private final ArrayNode tagGroups = NODES.arrayNode();

    public OpenApiMerger(String title, String version, String description, String serverUrl) {
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", title).put("version", version).put("description", description);
        merged.putArray("servers").addObject().put("url", serverUrl).put("description", "The gateway");
    }

    /** Adds one service's document; services are added in a fixed order so renames are stable. */
    public OpenApiMerger add(String service, JsonNode document) {
        ObjectNode doc = document.deepCopy();
        namePagesAfterTheirItems(doc);
        renameClashingComponents(service, doc);
        addTags(service, doc);
        addPaths(service, doc, path -> path.startsWith(API_PREFIX));
        addComponents(doc);
        return this;
    }

    /**
     * Adds the gateway's own operations (token, JWKS, client administration, composed reports) and its security:
     * OAuth2 client credentials and bearer JWT for everything, and on every operation the statuses the gateway
     * itself may answer with (401, 403, 429, 503).
     */
    public OpenApiMerger addGateway(JsonNode document, String tokenUrl) {
        ObjectNode doc = document.deepCopy();
        namePagesAfterTheirItems(doc);
        renameClashingComponents(GATEWAY, doc);
        addTags(GATEWAY, doc);
        addPaths(GATEWAY, doc, path -> !path.startsWith("/q/"));
        addComponents(doc);
        GatewaySecurity.apply(merged, components, paths, tokenUrl);
        return this;
    }

    public ObjectNode result() {
        ObjectNode result = merged.deepCopy();
        result.set("tags", tags);
        result.set("x-tagGroups", tagGroups);
        result.set("paths", paths);
        result.set("components", components);
        return result;
    }

    private void renameClashingComponents(String service, ObjectNode doc) {
        JsonNode ownComponents = doc.path("components");
        Map<String, String> renames = new HashMap<>();
        for (Map.Entry<String, JsonNode> kind : ownComponents.properties()) {
            if (!(kind.getValue() instanceof ObjectNode entries)
                    || !(components.get(kind.getKey()) instanceof ObjectNode existing)) {
                continue;
            }
            List<String> names = iterableNames(entries);
            for (String name : names) {
                JsonNode theirs = existing.get(name);
                if (theirs != null && !withoutExamples(theirs).equals(withoutExamples(entries.get(name)))) {
                    String renamed = capitalize(service) + name;
                    entries.set(renamed, entries.remove(name));
                    renames.put(
                            "#/components/" + kind.getKey() + "/" + name,
                            "#/components/" + kind.getKey() + "/" + renamed);
                }
            }
        }
        if (!renames.isEmpty()) {
            rewriteRefs(doc, renames);
        }
    }

    /**
     * A component as a contract, without its examples: two services' scans of one shared type may put the same
     * example on the type or on each property using it, and are still one schema.
     */
    private static JsonNode withoutExamples(JsonNode component) {
        JsonNode copy = component.deepCopy();
        dropExamples(copy);
        return copy;
    }

    private static void dropExamples(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("example", "examples"));
        }
        node.elements().forEachRemaining(OpenApiMerger::dropExamples);
    }

    /**
     * SmallRye names the schemas of {@code Page<T>} Page, Page1, Page2… in the order it meets them, so a name says
     * nothing and may change with any new list; each becomes its items' name with Page ({@code OrganizationPage}).
     */
    private static void namePagesAfterTheirItems(ObjectNode doc) {
        if (!(doc.path("components").path("schemas") instanceof ObjectNode schemas)) {
            return;
        }
        Map<String, String> renames = new HashMap<>();
        for (String name : iterableNames(schemas)) {
            String items = schemas.get(name).at("/properties/items/items/$ref").asText();
            if (PAGE.matcher(name).matches() && items.startsWith(SCHEMAS)) {
                String renamed = items.substring(SCHEMAS.length()) + "Page";
                schemas.set(renamed, schemas.remove(name));
                renames.put(SCHEMAS + name, SCHEMAS + renamed);
            }
        }
        rewriteRefs(doc, renames);
    }

    private void addTags(String service, ObjectNode doc) {
        ArrayNode groupTags = tagGroups.addObject().put("name", service).putArray("tags");
        for (JsonNode tag : doc.path("tags")) {
            String name = tag.path("name").asText();
            // A tag two services share (e.g. "Sync state") is declared once and listed in both services' groups.
            if (tags.valueStream()
                    .noneMatch(declared -> declared.path("name").asText().equals(name))) {
                tags.add(tag);
            }
            groupTags.add(name);
        }
    }

    private void addPaths(String service, ObjectNode doc, Predicate<String> included) {
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            if (included.test(path.getKey()) && !paths.has(path.getKey())) {
                ObjectNode item = path.getValue().deepCopy();
                item.properties().forEach(op -> {
                    if (op.getValue() instanceof ObjectNode operation) {
                        operation.put("x-service", service);
                    }
                });
                paths.set(path.getKey(), item);
            }
        }
    }

    private void addComponents(ObjectNode doc) {
        for (Map.Entry<String, JsonNode> kind : doc.path("components").properties()) {
            ObjectNode target = components.has(kind.getKey())
                    ? (ObjectNode) components.get(kind.getKey())
                    : components.putObject(kind.getKey());
            kind.getValue().properties().forEach(entry -> {
                if (!target.has(entry.getKey())) {
                    target.set(entry.getKey(), entry.getValue());
                }
            });
        }
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    private static List<String> iterableNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
