package org.southsouth.backbone.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.southsouth.backbone.TraceContext;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;

/**
 * Appends events to the outbox. Call it inside the transaction that makes the change: the row commits or
 * rolls back with it, and the {@code NOTIFY} that wakes the relays is delivered only on commit. The current span's
 * trace context is kept with the row, since the relay publishes later and on another thread.
 */
public final class OutboxWriter {

    static final String CHANNEL = "outbox_event";
    /** The row and the {@code NOTIFY} in one statement: one round trip to the database per event, not two. */
    private static final String APPEND = "WITH appended AS (INSERT INTO outbox_event"
            + " (event_id, topic, aggregate_id, relay_slot, envelope, correlation_id, traceparent)"
            + " VALUES (?, ?, ?, ?, ?::jsonb, ?, ?) RETURNING event_id)"
            + " SELECT pg_notify('" + CHANNEL + "', '') FROM appended";

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
        try (PreparedStatement append = connection.prepareStatement(APPEND)) {
            append.setObject(1, UUID.fromString(event.id()));
            append.setString(2, topic);
            append.setString(3, event.subject());
            append.setShort(4, RelaySlots.of(event.subject(), relaySlots));
            append.setString(5, new String(EventCodec.encode(event), StandardCharsets.UTF_8));
            append.setString(6, event.requestid());
            append.setString(7, TraceContext.currentTraceparent());
            append.execute();
        } catch (SQLException e) {
            throw new OutboxException("Could not append event " + event.type() + " to the outbox", e);
        }
    }
}
