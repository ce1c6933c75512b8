package org.southsouth.webhook.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.webhook.Events;
import org.southsouth.webhook.Receiver;

/** The events of a poll planned in one transaction, each owing its deliveries once, a redelivered poll nothing. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PollPlanningTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final int EVENTS = 20;

    @Inject
    EntityManager entities;

    private Receiver receiver;

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void theEventsOfAPollArePlannedTogetherEachOnceAndARedeliveredPollPlansNothing() throws Exception {
        receiver = new Receiver();
        UUID subscription =
                UUID.fromString(DeliveryFlowTest.subscribe(TestTokens.admin(), receiver, "partner.organizations.*")
                        .getString("id"));
        List<UUID> organizations =
                IntStream.range(0, EVENTS).mapToObj(i -> UUID.randomUUID()).toList();
        List<EventEnvelope> registered = events(organizations, 1);

        Events.publishAll(registered, PartnerEvents.ORGANIZATION_REGISTERED, event -> {});
        await().atMost(WAIT).until(() -> deliveries(subscription) == EVENTS);
        assertTrue(transactionsThatStored(registered) < EVENTS, "each event was planned in a transaction of its own");

        // The same records again, as after a consumer restart before its commit, then the next of each record.
        List<EventEnvelope> again = new ArrayList<>(registered);
        again.addAll(events(organizations, 2));
        Events.publishAll(again, PartnerEvents.ORGANIZATION_REGISTERED, event -> {});
        await().atMost(WAIT).until(() -> deliveries(subscription) == 2 * EVENTS);
        Thread.sleep(500);

        for (EventEnvelope event : registered) {
            assertEquals(1L, deliveriesOf(subscription, event), "deliveries of " + event.id());
        }
        assertEquals(2L * EVENTS, deliveries(subscription));
    }

    private static List<EventEnvelope> events(List<UUID> organizations, long sequence) {
        return organizations.stream()
                .map(id -> Events.organizationEvent(id, sequence))
                .toList();
    }

    private long deliveries(UUID subscription) {
        return count("SELECT count(*) FROM delivery WHERE subscription_id = ?1", subscription);
    }

    private long deliveriesOf(UUID subscription, EventEnvelope event) {
        return count(
                "SELECT count(*) FROM delivery WHERE subscription_id = ?1 AND event_id = ?2",
                subscription,
                UUID.fromString(event.id()));
    }

    /** The transactions that inserted the events' rows: rows one transaction inserted share its id (xmin). */
    private long transactionsThatStored(List<EventEnvelope> events) {
        return count(
                "SELECT count(DISTINCT xmin::text) FROM platform_event WHERE event_id IN (?1)",
                events.stream().map(event -> UUID.fromString(event.id())).toList());
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entities.createNativeQuery(sql, Long.class);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return (Long) query.getSingleResult();
        });
    }
}
