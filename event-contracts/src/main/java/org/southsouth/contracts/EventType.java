package org.southsouth.contracts;

/**
 * One kind of event: its CloudEvents {@code type} (past tense), the {@code source} that emits it, the topic
 * it travels on and the payload record with its schema version. A payload change is additive or gets a new
 * type.
 */
public record EventType(String name, String source, String topic, Class<?> payload, int payloadVersion) {

    public String dataschema() {
        return "urn:southsouth:" + payload.getSimpleName() + ":v" + payloadVersion;
    }
}
