package org.southsouth.webhook.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;

/**
 * The organization owning a record that other events name only by id: an exchange event's host, a volunteer's home
 * organization. Kept from the events that describe those records, the newest sequence winning, so the visibility
 * rule can tell a participation's host and a volunteer's home organization of what concerns them.
 *
 * <p>Plain JDBC on the transaction's connection, because a lookup per planned event needs nothing Hibernate maps (the
 * growth of its plan cache that made it leave was the {@code UUID.class} result class: Hibernate 7.2 keys such a native
 * query's plan by an object without {@code equals}, so each lookup planned anew; without a basic result class a
 * native query's plan is reused).
 */
@ApplicationScoped
public class RecordOwnerReplica {

    private static final String LEARN = """
            INSERT INTO record_owner (record_id, organization_id, sequence) VALUES (?, ?, ?)
            ON CONFLICT (record_id) DO UPDATE SET organization_id = EXCLUDED.organization_id, sequence = EXCLUDED.sequence
            WHERE record_owner.sequence < EXCLUDED.sequence""";
    private static final String OWNER_OF = "SELECT organization_id FROM record_owner WHERE record_id = ?";

    @Inject
    AgroalDataSource dataSource;

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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement learn = connection.prepareStatement(LEARN)) {
            learn.setObject(1, record);
            learn.setObject(2, organization);
            learn.setLong(3, event.sequence());
            learn.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the owner of " + record + ": " + e.getMessage(), e);
        }
    }

    public Optional<UUID> ownerOf(UUID record) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ownerOf = connection.prepareStatement(OWNER_OF)) {
            ownerOf.setObject(1, record);
            try (ResultSet owner = ownerOf.executeQuery()) {
                return owner.next() ? Optional.of(owner.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the owner of " + record + ": " + e.getMessage(), e);
        }
    }
}
