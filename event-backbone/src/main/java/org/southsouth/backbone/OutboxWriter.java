package org.southsouth.backbone;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;

/**
 * Appends events to the outbox. Call it inside the transaction that makes the change: the row commits or
 * rolls back with it, and the {@code NOTIFY} that wakes the relays is delivered only on commit. The current span's
 * trace context is kept with the row, since the relay publishes later and on another thread.
 */
public final class OutboxWriter {

    static final String CHANNEL = "outbox_event";
    private static final String INSERT = "INSERT INTO outbox_event"
            + " (event_id, topic, aggregate_id, relay_slot, envelope, correlation_id, traceparent)"
            + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)";

    private final DataSource dataSource;
    private final int relaySlots;

    public OutboxWriter(DataSource dataSource, int relaySlots) {
        this.dataSource = dataSource;
        this.relaySlots = relaySlots;
    }

    /** Appends {@code event}; its correlation id is the request id its origin names. */
    public void append(String topic, EventEnvelope event) {
        try (Connection connection = dataSource.getConnection()) {
            append(connection, topic, event);
        } catch (SQLException e) {
            throw new OutboxException("Could not append event " + event.type() + " to the outbox", e);
        }
    }

    /** Appends on the given connection, inside whatever transaction it has open. */
    public void append(Connection connection, String topic, EventEnvelope event) {
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('" + CHANNEL + "', '')")) {
            insert.setObject(1, UUID.fromString(event.id()));
            insert.setString(2, topic);
            insert.setString(3, event.subject());
            insert.setShort(4, RelaySlots.of(event.subject(), relaySlots));
            insert.setString(5, new String(EventCodec.encode(event), StandardCharsets.UTF_8));
            insert.setString(6, event.requestid());
            insert.setString(7, TraceContext.currentTraceparent());
            insert.executeUpdate();
            notify.execute();
        } catch (SQLException e) {
            throw new OutboxException("Could not append event " + event.type() + " to the outbox", e);
        }
    }
}
