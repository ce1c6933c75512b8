package org.southsouth.webhook.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;

/**
 * The organization owning a record that other events name only by id: an exchange event's host, a volunteer's home
 * organization. Kept from the events that describe those records, the newest sequence winning, so the visibility
 * rule can tell a participation's host and a volunteer's home organization of what concerns them.
 */
@ApplicationScoped
public class RecordOwners {

    @Inject
    EntityManager entities;

    /** Remembers the owner an event names, if it is one this service keeps; call inside the event's transaction. */
    public void learn(String topic, EventEnvelope event) {
        String field = switch (topic) {
            case Topics.EVENTS_EVENTS -> "hostOrganizationId";
            case Topics.VOLUNTEER_VOLUNTEERS -> "homeOrganizationId";
            default -> null;
        };
        JsonNode owner =
                field == null || event.data() == null ? null : event.data().get(field);
        if (owner == null || !owner.isTextual()) {
            return;
        }
        UUID record;
        UUID organization;
        try {
            record = UUID.fromString(event.subject());
            organization = UUID.fromString(owner.asText());
        } catch (IllegalArgumentException e) {
            return; // not ids: nothing anyone could be told through them
        }
        entities.createNativeQuery("""
                        INSERT INTO record_owner (record_id, organization_id, sequence) VALUES (?1, ?2, ?3)
                        ON CONFLICT (record_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, sequence = EXCLUDED.sequence
                        WHERE record_owner.sequence < EXCLUDED.sequence""")
                .setParameter(1, record)
                .setParameter(2, organization)
                .setParameter(3, event.sequence())
                .executeUpdate();
    }

    public Optional<UUID> ownerOf(UUID record) {
        return entities.createNativeQuery("SELECT organization_id FROM record_owner WHERE record_id = ?1", UUID.class)
                .setParameter(1, record)
                .getResultStream()
                .findFirst()
                .map(UUID.class::cast);
    }
}
