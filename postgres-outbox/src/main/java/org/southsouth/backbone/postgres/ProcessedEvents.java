package org.southsouth.backbone.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ids of events a consumer has applied. Call {@link #firstDelivery} in the transaction that applies the
 * effect: the id and the effect commit together, so a redelivered event is recognised and skipped.
 */
public final class ProcessedEvents {

    private final DataSource dataSource;

    public ProcessedEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the event as processed by {@code consumer}; false when it already was. */
    public boolean firstDelivery(String consumer, String eventId) {
        try (Connection connection = dataSource.getConnection()) {
            return firstDelivery(connection, consumer, eventId);
        } catch (SQLException e) {
            throw new OutboxException("Could not record processed event " + eventId, e);
        }
    }

    /** The same, on the given connection inside whatever transaction it has open. */
    public static boolean firstDelivery(Connection connection, String consumer, String eventId) {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO processed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, consumer);
            insert.setObject(2, UUID.fromString(eventId));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new OutboxException("Could not record processed event " + eventId, e);
        }
    }
}
