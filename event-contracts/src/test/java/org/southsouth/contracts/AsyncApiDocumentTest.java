package org.southsouth.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code src/main/resources/asyncapi.yaml} in step with the event types and payload records: the
 * document derived from the code must equal the committed one. After an (additive) contract change, rewrite
 * it with {@code ./mvnw -pl event-contracts test -Dasyncapi.write=true} and commit the result.
 */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("src/main/resources/asyncapi.yaml");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    @Test
    void theAsyncApiDocumentDescribesEveryTopicEventTypeAndPayloadField() throws IOException {
        String derived = YAML.writeValueAsString(derive());
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, derived, StandardCharsets.UTF_8);
        }
        assertEquals(
                derived,
                Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "asyncapi.yaml is out of step with the contracts; regenerate it (see this test's javadoc)");
    }

    private static ObjectNode derive() {
        ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", "3.1.0");
        doc.putObject("info")
                .put("title", "South-South Volunteer Partnership Network events")
                .put("version", "1.0")
                .put(
                        "description",
                        "Every event the services publish on Kafka. Each record is a CloudEvents 1.0 "
                                + "envelope in structured JSON mode (content-type application/cloudevents+json) whose `data` is "
                                + "the payload below; the record key is the aggregate id (`subject`), and `sequence` is the "
                                + "aggregate's version after the change, as a zero-padded string (the CloudEvents sequence "
                                + "extension; consumers also accept the JSON integer earlier producers wrote). Payload fields "
                                + "are always present; only those whose type includes null may be null. Records that cannot "
                                + "be processed go to `<topic>.dlq`.");
        Map<String, ObjectNode> channels = new TreeMap<>();
        ObjectNode messages = NODES.objectNode();
        ObjectNode schemas = NODES.objectNode();
        ObjectNode operations = NODES.objectNode();
        schemas.set("CloudEvent", cloudEvent());
        for (EventType type : EventCatalog.ALL) {
            String messageName = type.name().substring(type.name().lastIndexOf('.') + 1);
            ObjectNode channel = channels.computeIfAbsent(type.topic(), topic -> {
                ObjectNode c = NODES.objectNode().put("address", topic);
                c.putObject("messages");
                return c;
            });
            ((ObjectNode) channel.get("messages"))
                    .putObject(messageName)
                    .put("$ref", "#/components/messages/" + messageName);
            ObjectNode message = messages.putObject(messageName);
            message.put("name", type.name())
                    .put("contentType", "application/cloudevents+json")
                    .put(
                            "summary",
                            "Published by " + type.source().substring(1) + "; data schema " + type.dataschema());
            message.set("headers", kafkaHeaders());
            message.set("payload", envelopeOf(type));
            schemas.set(type.payload().getSimpleName(), schemaOf(type.payload(), schemas));
            ObjectNode operation = operations.putObject("publish" + messageName);
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId(type.topic()));
            operation
                    .putArray("messages")
                    .addObject()
                    .put("$ref", "#/channels/" + channelId(type.topic()) + "/messages/" + messageName);
        }
        ObjectNode channelsNode = doc.putObject("channels");
        channels.forEach((topic, channel) -> channelsNode.set(channelId(topic), channel));
        doc.set("operations", operations);
        ObjectNode components = doc.putObject("components");
        components.set("messages", messages);
        components.set("schemas", schemas);
        return doc;
    }

    /** The CloudEvents 1.0 attributes every record carries, with the sequence extension. */
    private static ObjectNode cloudEvent() {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        schema.putArray("required")
                .add("specversion")
                .add("id")
                .add("source")
                .add("type")
                .add("subject")
                .add("time")
                .add("datacontenttype")
                .add("dataschema")
                .add("sequence")
                .add("data");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("specversion").put("type", "string").put("const", EventEnvelope.SPEC_VERSION);
        properties.putObject("id").put("type", "string").put("minLength", 1);
        properties
                .putObject("source")
                .put("type", "string")
                .put("format", "uri-reference")
                .put("minLength", 1);
        properties.putObject("type").put("type", "string").put("minLength", 1);
        properties
                .putObject("subject")
                .put("type", "string")
                .put("format", "uuid")
                .put("description", "The aggregate id; also the record key");
        properties.putObject("time").put("type", "string").put("format", "date-time");
        properties.putObject("datacontenttype").put("type", "string").put("const", EventEnvelope.JSON);
        properties.putObject("dataschema").put("type", "string").put("minLength", 1);
        properties
                .putObject("sequence")
                .put("type", "string")
                .put("pattern", "^[0-9]{19}$")
                .put(
                        "description",
                        "CloudEvents sequence extension: the aggregate's version after the change, "
                                + "zero-padded to 19 digits so that text order is numeric order")
                .put("examples", NODES.arrayNode().add("0000000000000000003"));
        properties.putObject("data").put("type", "object");
        extension(
                properties,
                "actorclient",
                "The API client whose request made the change; absent when the service "
                        + "itself acted (a consumer or background work)");
        extension(
                properties,
                "actorroles",
                "That client's roles, space-separated (admin, coordinator, partner, " + "reporter, volunteer)");
        extension(properties, "actororg", "The organization a partner client acts for")
                .put("format", "uuid");
        extension(properties, "actorvolunteer", "The volunteer a volunteer client speaks for")
                .put("format", "uuid");
        extension(
                properties,
                "requestid",
                "The X-Request-Id of the HTTP request that caused the change, also on "
                        + "changes consumers make because of it");
        extension(
                properties,
                "causationid",
                "The id of the consumed event that caused this change, when a consumer " + "made it");
        return schema;
    }

    /** A CloudEvents extension attribute that is present only where it applies. */
    private static ObjectNode extension(ObjectNode properties, String name, String description) {
        return properties
                .putObject(name)
                .put("type", "string")
                .put("minLength", 1)
                .put("description", "Extension attribute: " + description);
    }

    private static ObjectNode kafkaHeaders() {
        ObjectNode headers = NODES.objectNode().put("type", "object");
        headers.putArray("required").add(EventHeaders.CONTENT_TYPE);
        ObjectNode properties = headers.putObject("properties");
        properties
                .putObject(EventHeaders.CONTENT_TYPE)
                .put("type", "string")
                .put("const", EventHeaders.CLOUDEVENTS_JSON);
        properties
                .putObject(EventHeaders.CORRELATION_ID)
                .put("type", "string")
                .put("description", "The X-Request-Id of the HTTP request that caused the event, when one did");
        properties
                .putObject(EventHeaders.TRACEPARENT)
                .put("type", "string")
                .put("pattern", "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$")
                .put(
                        "description",
                        "W3C trace context of the span that published the event; the consumer's span "
                                + "is its child");
        return headers;
    }

    /** The record value of one event type: the envelope, its type and dataschema fixed, its data the payload. */
    private static ObjectNode envelopeOf(EventType type) {
        ObjectNode payload = NODES.objectNode();
        ArrayNode allOf = payload.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEvent");
        ObjectNode properties = allOf.addObject().putObject("properties");
        properties.putObject("type").put("const", type.name());
        properties.putObject("dataschema").put("const", type.dataschema());
        properties
                .putObject("data")
                .put("$ref", "#/components/schemas/" + type.payload().getSimpleName());
        return payload;
    }

    private static String channelId(String topic) {
        return topic.replace('.', '_').replace('-', '_');
    }

    private static ObjectNode schemaOf(Class<?> record, ObjectNode schemas) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ArrayNode required = schema.putArray("required");
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            required.add(component.getName());
            ObjectNode property = typeOf(component.getGenericType(), schemas);
            if (component.isAnnotationPresent(Nullable.class)) {
                property.set(
                        "type",
                        NODES.arrayNode().add(property.get("type").asText()).add("null"));
            }
            properties.set(component.getName(), property);
        }
        return schema;
    }

    private static ObjectNode typeOf(Type type, ObjectNode schemas) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            ObjectNode array = NODES.objectNode().put("type", "array");
            array.set("items", typeOf(parameterized.getActualTypeArguments()[0], schemas));
            return array;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            schemas.set(raw.getSimpleName(), schemaOf(raw, schemas));
            return NODES.objectNode().put("$ref", "#/components/schemas/" + raw.getSimpleName());
        }
        Map<Class<?>, String[]> simple = Map.of(
                String.class,
                new String[] {"string", null},
                UUID.class,
                new String[] {"string", "uuid"},
                Instant.class,
                new String[] {"string", "date-time"},
                LocalDate.class,
                new String[] {"string", "date"},
                BigDecimal.class,
                new String[] {"number", null},
                Integer.class,
                new String[] {"integer", "int32"},
                int.class,
                new String[] {"integer", "int32"},
                Long.class,
                new String[] {"integer", "int64"},
                long.class,
                new String[] {"integer", "int64"},
                boolean.class,
                new String[] {"boolean", null});
        String[] mapped = simple.get(raw);
        if (mapped == null) {
            throw new IllegalStateException("No schema mapping for " + raw + "; extend AsyncApiDocumentTest");
        }
        ObjectNode node = NODES.objectNode().put("type", mapped[0]);
        if (mapped[1] != null) {
            node.put("format", mapped[1]);
        }
        return node;
    }
}
