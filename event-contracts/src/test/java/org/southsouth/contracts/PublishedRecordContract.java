package org.southsouth.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code asyncapi.yaml} promises about a record on a topic: the schema of the message its CloudEvents
 * {@code type} names on that topic's channel, envelope and payload. Services' tests run every record they read
 * from Kafka through {@link #violations}, so the document is checked against what the producers really write.
 */
public final class PublishedRecordContract {

    private static final JsonNode DOCUMENT = read();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Schema> BY_TOPIC_AND_TYPE = new HashMap<>();

    private PublishedRecordContract() {}

    /** How the record value breaks the document; empty when it conforms. */
    public static List<String> violations(String topic, byte[] value) {
        String json = new String(value, StandardCharsets.UTF_8);
        String type;
        try {
            type = JSON.readTree(json).path("type").asText();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        Schema schema = schemaOf(topic, type);
        if (schema == null) {
            return List.of("asyncapi.yaml documents no message of type '" + type + "' on " + topic);
        }
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    /** @throws AssertionError naming every violation, with the record */
    public static void assertConforms(String topic, byte[] value) {
        List<String> violations = violations(topic, value);
        if (!violations.isEmpty()) {
            throw new AssertionError("Record on " + topic + " breaks asyncapi.yaml: " + violations + "\n"
                    + new String(value, StandardCharsets.UTF_8));
        }
    }

    private static synchronized Schema schemaOf(String topic, String type) {
        return BY_TOPIC_AND_TYPE.computeIfAbsent(topic + " " + type, key -> {
            for (JsonNode channel : DOCUMENT.path("channels")) {
                if (!topic.equals(channel.path("address").asText())) {
                    continue;
                }
                for (JsonNode reference : channel.path("messages")) {
                    JsonNode message = resolve(reference);
                    if (type.equals(message.path("name").asText())) {
                        return standalone(message.path("payload"));
                    }
                }
            }
            return null;
        });
    }

    /** The payload schema as a document of its own that still resolves {@code #/components/schemas/...}. */
    private static Schema standalone(JsonNode payload) {
        ObjectNode schema = payload.deepCopy();
        schema.putObject("components")
                .set("schemas", DOCUMENT.path("components").path("schemas"));
        return SCHEMAS.getSchema(schema.toString(), InputFormat.JSON);
    }

    private static JsonNode resolve(JsonNode reference) {
        return DOCUMENT.at(reference.path("$ref").asText().substring(1));
    }

    private static JsonNode read() {
        try (InputStream in = PublishedRecordContract.class.getResourceAsStream("/asyncapi.yaml")) {
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
