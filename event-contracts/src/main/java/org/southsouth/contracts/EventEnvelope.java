package org.southsouth.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON form, plus the {@code sequence} extension: the version of the
 * aggregate ({@code subject}) after the change, so consumers can drop duplicates and stale events. On the wire
 * the sequence is a string, as the extension defines it ({@link SequenceText}); a JSON integer, as earlier
 * producers wrote it, is read too.
 *
 * <p>Extension attributes say who and what caused the event ({@link EventOrigin}); each is absent when it does not
 * apply.
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
        JsonNode data,
        String actorclient,
        String actorroles,
        String actororg,
        String actorvolunteer,
        String requestid,
        String causationid) {

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

    /** An envelope without extension attributes about its origin. */
    public EventEnvelope(
            String specversion,
            String id,
            String source,
            String type,
            String subject,
            Instant time,
            String datacontenttype,
            String dataschema,
            long sequence,
            JsonNode data) {
        this(
                specversion,
                id,
                source,
                type,
                subject,
                time,
                datacontenttype,
                dataschema,
                sequence,
                data,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A new event with a fresh id, stamped now, that says nothing of its origin. */
    public static EventEnvelope of(EventType type, String subject, long sequence, Object payload) {
        return of(type, subject, sequence, payload, EventOrigin.NONE);
    }

    /** A new event with a fresh id, stamped now, carrying who and what caused it. */
    public static EventEnvelope of(EventType type, String subject, long sequence, Object payload, EventOrigin origin) {
        return new EventEnvelope(
                SPEC_VERSION,
                UUID.randomUUID().toString(),
                type.source(),
                type.name(),
                subject,
                Instant.now(),
                JSON,
                type.dataschema(),
                sequence,
                EventCodec.toTree(payload),
                origin.actorClient(),
                origin.actorRoles(),
                origin.actorOrganization(),
                origin.actorVolunteer(),
                origin.requestId(),
                origin.causationId());
    }

    public EventOrigin origin() {
        return new EventOrigin(actorclient, actorroles, actororg, actorvolunteer, requestid, causationid);
    }

    public <T> T payload(Class<T> payloadType) {
        return EventCodec.fromTree(data, payloadType);
    }
}
