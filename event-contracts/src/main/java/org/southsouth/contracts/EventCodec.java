package org.southsouth.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON (de)serialization of envelopes and payloads, the same in every service. */
public final class EventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Payload changes are additive: an older reader ignores fields it does not know.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventCodec() {}

    public static byte[] encode(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws MalformedEventException when the bytes are not a valid envelope */
    public static EventEnvelope decode(byte[] bytes) {
        if (bytes == null) {
            throw new MalformedEventException("Record has no value", null);
        }
        try {
            return MAPPER.readValue(bytes, EventEnvelope.class);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("Not a CloudEvents envelope: " + e.getMessage(), e);
        }
    }

    static JsonNode toTree(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    static <T> T fromTree(JsonNode data, Class<T> type) {
        try {
            return MAPPER.treeToValue(data, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException(
                    "Payload is not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
