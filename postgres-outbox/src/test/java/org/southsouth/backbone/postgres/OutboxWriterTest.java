package org.southsouth.backbone.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.EmbeddedPostgresServer;

/** What a relay waits for: an appended event's row and its wake-up come with the commit, and not without it. */
class OutboxWriterTest {

    private static final int ENOUGH_MILLIS = 60_000;
    private static EmbeddedPostgresServer postgres;

    @BeforeAll
    static void start() {
        postgres = EmbeddedPostgresServer.start(0, null);
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void aCommittedAppendWakesTheListeningRelaysAndARolledBackOneLeavesNoRowAndNoWakeUp() throws Exception {
        DataSource db = TestDatabase.create(postgres);
        OutboxWriter writer = new OutboxWriter(db, RelaySettings.defaults().slots());
        try (Connection listener = db.getConnection();
                Statement listen = listener.createStatement()) {
            listen.execute("LISTEN " + OutboxWriter.CHANNEL);
            EventEnvelope rolledBack = event();
            EventEnvelope committed = event();
            try (Connection connection = db.getConnection()) {
                connection.setAutoCommit(false);
                writer.append(connection, "partner.organizations", rolledBack);
                connection.rollback();
                writer.append(connection, "partner.organizations", committed);
                connection.commit();
            }

            PGNotification[] notifications = listener.unwrap(PGConnection.class).getNotifications(ENOUGH_MILLIS);
            assertEquals(1, notifications.length);
            assertEquals(OutboxWriter.CHANNEL, notifications[0].getName());
        }
        assertEquals(1, TestDatabase.count(db, "SELECT count(*) FROM outbox_event"));
    }

    private static EventEnvelope event() {
        UUID id = UUID.randomUUID();
        OrganizationV1 state = new OrganizationV1(
                id,
                "Organization " + id,
                null,
                "22",
                "NP",
                "Asia and the Pacific",
                "ACTIVE",
                false,
                List.of(),
                null,
                Instant.now());
        return EventEnvelope.of(
                PartnerEvents.ORGANIZATION_UPDATED,
                id.toString(),
                1,
                state,
                new EventOrigin(null, null, null, null, "outbox-test", null));
    }
}
