package org.southsouth.system.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The merged OpenAPI document as a judge of answers: for a method, a concrete path, a status and a content type it
 * says what the document does not promise (an undocumented path, operation, status or media type, or a body that
 * its schema refuses, formats included). JSON Schema 2020-12, which OpenAPI 3.1 schemas are.
 */
public final class OpenApiContract {

    private static final String DOCUMENT_IRI = "https://contract.southsouth.test/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<PathTemplate> templates;

    public OpenApiContract(String documentJson) {
        try {
            this.document = JSON.readTree(documentJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("The OpenAPI document is not JSON", e);
        }
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.schemas = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, documentJson)).schemaRegistryConfig(config));
        this.templates = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(path -> templates.add(PathTemplate.of(path)));
        // A literal segment beats a parameter: /volunteers/skills before /volunteers/{id}.
        templates.sort(Comparator.comparingInt(PathTemplate::parameters));
    }

    /** What is wrong with this answer by the document; empty when it keeps the promise. */
    public List<String> violations(String method, String path, int status, String contentType, String body) {
        String call = method.toUpperCase(Locale.ROOT) + " " + path + " → " + status;
        Optional<PathTemplate> template =
                templates.stream().filter(t -> t.matches(path)).findFirst();
        if (template.isEmpty()) {
            return List.of(call + ": no such path in the document");
        }
        String operationPointer = "/paths/" + escape(template.get().template()) + "/" + method.toLowerCase(Locale.ROOT);
        JsonNode operation = document.at(operationPointer);
        if (operation.isMissingNode()) {
            return List.of(call + ": " + method + " is not documented on "
                    + template.get().template());
        }
        Optional<String> statusKey = responseKey(operation.path("responses"), status);
        if (statusKey.isEmpty()) {
            return List.of(call + ": status not documented for "
                    + operation.path("operationId").asText(template.get().template()));
        }
        String responsePointer = followRef(operationPointer + "/responses/" + escape(statusKey.get()));
        JsonNode content = document.at(responsePointer).path("content");
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        if (content.isMissingNode()) {
            return List.of(call + ": a body where the document declares none");
        }
        String mediaType =
                contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        Optional<String> mediaKey = mediaKey(content, mediaType);
        if (mediaKey.isEmpty()) {
            return List.of(
                    call + ": content type " + mediaType + " not documented (documented: " + names(content) + ")");
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        String schemaPointer = responsePointer + "/content/" + escape(mediaKey.get()) + "/schema";
        if (document.at(schemaPointer).isMissingNode()) {
            return List.of();
        }
        return validate(call, schemaPointer, body);
    }

    private List<String> validate(String call, String schemaPointer, String body) {
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + schemaPointer));
        List<String> found = new ArrayList<>();
        for (Error error : schema.validate(body, InputFormat.JSON)) {
            found.add(call + ": " + error.getInstanceLocation() + " " + error.getMessage());
        }
        return found;
    }

    /** The pointer of what a (possibly referenced) object really is: a response may be a $ref to a shared one. */
    private String followRef(String pointer) {
        JsonNode ref = document.at(pointer).path("$ref");
        return ref.isTextual() && ref.asText().startsWith("#")
                ? followRef(ref.asText().substring(1))
                : pointer;
    }

    private static Optional<String> responseKey(JsonNode responses, int status) {
        String exact = Integer.toString(status);
        String range = (status / 100) + "XX";
        for (String key : List.of(exact, range, "default")) {
            if (responses.has(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mediaKey(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return Optional.of(mediaType);
        }
        String anySubtype = mediaType.split("/", 2)[0] + "/*";
        for (String key : List.of(anySubtype, "*/*")) {
            if (content.has(key)) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private record PathTemplate(String template, Pattern pattern, int parameters) {

        static PathTemplate of(String template) {
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            return new PathTemplate(template, Pattern.compile(regex), template.split("\\{", -1).length - 1);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
