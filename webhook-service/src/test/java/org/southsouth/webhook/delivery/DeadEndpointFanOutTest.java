package org.southsouth.webhook.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.webhook.Events;
import org.southsouth.webhook.Receiver;
import org.southsouth.webhook.subscription.SubscriptionResourceTest;

/**
 * 1,000 events on the real broker to 20 subscriptions, one of them an endpoint that never answers within the timeout:
 * the 19 others receive every event once, in order per record, while the dead one is still being retried.
 */
@QuarkusTest
@TestProfile(DeadEndpointFanOutTest.DeadEndpointKeepsRetrying.class)
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DeadEndpointFanOutTest {

    private static final int EVENTS = 1_000;
    private static final int EVENTS_PER_RECORD = 5;
    private static final int LIVE_SUBSCRIPTIONS = 19;
    private static final Duration WAIT = Duration.ofMinutes(3);

    /**
     * A retry schedule that outlasts the test, as the real three days outlast any backlog: the dead endpoint keeps
     * holding workers with attempts until the timeout instead of being disabled after the test profile's four tries.
     */
    public static class DeadEndpointKeepsRetrying implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("webhook.delivery.retry-schedule", "0s,1s,5s,5m,30m");
        }
    }

    private final List<Receiver> receivers = new ArrayList<>();

    @Inject
    EntityManager entities;

    @AfterEach
    void stopReceivers() {
        receivers.forEach(Receiver::close);
    }

    @Test
    void nineteenLiveSubscriptionsGetEveryEventOnceInOrderWhileTheDeadOneIsStillRetried() {
        Receiver dead = receiver();
        dead.answer(request -> new Receiver.Answer(204, Map.of(), 5_000)); // longer than the test profile's 2 s timeout
        String deadSubscription = subscribe(dead);
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        List<Receiver> live = new ArrayList<>();
        for (int i = 0; i < LIVE_SUBSCRIPTIONS; i++) {
            Receiver receiver = receiver();
            String lane = String.valueOf(i);
            receiver.answer(request -> {
                receivedAt.putIfAbsent(lane + "/" + request.header("webhook-id"), System.nanoTime());
                return Receiver.Answer.status(204);
            });
            subscribe(receiver);
            live.add(receiver);
        }

        List<EventEnvelope> events = events();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Events.publishAll(
                events, PartnerEvents.ORGANIZATION_UPDATED, event -> sentAt.put(event.id(), System.nanoTime()));

        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        live.stream().allMatch(receiver -> receiver.received().size() >= EVENTS));
        long waitingAtTheDeadOne = deliveriesOf(deadSubscription, "PENDING", "SENDING");
        List<Long> latencies = new ArrayList<>();
        for (int lane = 0; lane < live.size(); lane++) {
            List<String> ids = live.get(lane).received().stream()
                    .map(request -> request.header("webhook-id"))
                    .toList();
            assertEquals(EVENTS, ids.size(), "each event once at subscription " + lane);
            assertEquals(sentAt.keySet(), Set.copyOf(ids), "every event at subscription " + lane);
            assertInOrderPerRecord(ids, events);
            for (String id : ids) {
                latencies.add(receivedAt.get(lane + "/" + id) - sentAt.get(id));
            }
        }
        System.out.printf(
                "Fan-out of %d events to %d live subscriptions beside a dead one: delivery latency "
                        + "p50=%d ms p99=%d ms; the dead endpoint was called %d times and still has %d deliveries to try%n",
                EVENTS,
                LIVE_SUBSCRIPTIONS,
                percentileMillis(latencies, 50),
                percentileMillis(latencies, 99),
                dead.received().size(),
                waitingAtTheDeadOne);
        assertTrue(dead.received().size() > 0, "the dead endpoint was tried meanwhile");
        assertEquals(0, deliveriesOf(deadSubscription, "DELIVERED"), "nothing reached the dead endpoint");
        assertTrue(waitingAtTheDeadOne > 0, "the 19 did not wait for the dead one to be given up");
    }

    private long deliveriesOf(String subscription, String... statuses) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entities.createNativeQuery(
                                        "SELECT count(*) FROM delivery WHERE subscription_id = ?1 AND status IN (?2)")
                                .setParameter(1, UUID.fromString(subscription))
                                .setParameter(2, List.of(statuses))
                                .getSingleResult())
                        .longValue());
    }

    private static void assertInOrderPerRecord(List<String> received, List<EventEnvelope> published) {
        Map<String, String> recordOf = new HashMap<>();
        Map<String, List<String>> publishedPerRecord = new HashMap<>();
        for (EventEnvelope event : published) {
            recordOf.put(event.id(), event.subject());
            publishedPerRecord
                    .computeIfAbsent(event.subject(), record -> new ArrayList<>())
                    .add(event.id());
        }
        Map<String, List<String>> receivedPerRecord = new HashMap<>();
        for (String id : received) {
            receivedPerRecord
                    .computeIfAbsent(recordOf.get(id), record -> new ArrayList<>())
                    .add(id);
        }
        assertEquals(publishedPerRecord, receivedPerRecord, "per record in the order published");
    }

    private static long percentileMillis(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * percentile / 100.0) - 1) / 1_000_000;
    }

    /** Five versions of each organization, the versions of different records interleaved. */
    private static List<EventEnvelope> events() {
        List<UUID> records = new ArrayList<>();
        for (int i = 0; i < EVENTS / EVENTS_PER_RECORD; i++) {
            records.add(UUID.randomUUID());
        }
        List<EventEnvelope> events = new ArrayList<>();
        for (int sequence = 1; sequence <= EVENTS_PER_RECORD; sequence++) {
            for (UUID id : records) {
                OrganizationV1 state = new OrganizationV1(
                        id,
                        "Organization " + sequence,
                        null,
                        "22",
                        "NP",
                        null,
                        "ACTIVE",
                        false,
                        List.of(4),
                        null,
                        Instant.now());
                events.add(EventEnvelope.of(PartnerEvents.ORGANIZATION_UPDATED, id.toString(), sequence, state));
            }
        }
        return events;
    }

    private Receiver receiver() {
        try {
            Receiver receiver = new Receiver();
            receivers.add(receiver);
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subscribe(Receiver receiver) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of("partner.organizations.*")))
                .post(SubscriptionResourceTest.PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
