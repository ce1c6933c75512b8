package org.southsouth.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A CloudEvents 1.0 event in structured JSON form, plus the {@code sequence} extension: the version of the
 * aggregate ({@code subject}) after the change, so consumers can drop duplicates and stale events. On the wire
 * the sequence is a string, as the extension defines it ({@link SequenceText}); a JSON integer, as earlier
 * producers wrote it, is read too.
 *
 * @param dataschema names the payload record and its version, e.g. {@code urn:southsouth:partner:organization:v1}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        @JsonSerialize(using = SequenceText.class) long sequence,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("Unsupported CloudEvents specversion: " + specversion);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive, was " + sequence);
        }
    }

    /** A new event with a fresh id, stamped now. */
    public static EventEnvelope of(EventType type, String subject, long sequence, Object payload) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID().toString(), type.source(), type.name(), subject,
                Instant.now(), JSON, type.dataschema(), sequence, EventCodec.toTree(payload));
    }

    public <T> T payload(Class<T> payloadType) {
        return EventCodec.fromTree(data, payloadType);
    }
}
