package org.southsouth.webhook.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.webhook.Events;
import org.southsouth.webhook.Receiver;
import org.southsouth.webhook.subscription.SubscriptionResourceTest;

/** Events on the real broker → signed deliveries to a real HTTP receiver, verified with the Standard Webhooks library. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
public class DeliveryFlowTest {

    private static final String PATH = SubscriptionResourceTest.PATH;
    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Receiver> receivers = new ArrayList<>();

    @Inject
    EntityManager entities;

    @AfterEach
    void stopReceivers() {
        receivers.forEach(Receiver::close);
    }

    @Test
    void anEventIsDeliveredAsASignedCloudEventAndLogged() throws Exception {
        Receiver receiver = receiver();
        JsonPath subscription = subscribe(TestTokens.admin(), receiver, "events.events.*");
        UUID record = UUID.randomUUID();
        EventEnvelope event = Events.exchangeEvent(record, 1, "OPEN", UUID.randomUUID());

        await().atMost(WAIT).until(() -> receiver.received().size() == 1);
        Receiver.Received received = receiver.received().get(0);
        received.verify(subscription.getString("secret"));
        assertEquals(event.id(), received.header("webhook-id"));
        JsonNode body = JSON.readTree(received.body());
        assertEquals("1.0", body.path("specversion").asText());
        assertEquals("org.southsouth.events.EventDrafted", body.path("type").asText());
        assertEquals(record.toString(), body.path("data").path("id").asText());

        String deliveries = PATH + "/" + subscription.getString("id") + "/deliveries";
        await().atMost(WAIT)
                .untilAsserted(() -> given().get(deliveries)
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(1))
                        .body("items[0].status", equalTo("DELIVERED"))
                        .body("items[0].eventId", equalTo(event.id()))
                        .body("items[0].attemptLog[0].statusCode", equalTo(204)));
        given().get(PATH + "/" + subscription.getString("id")).then().header("ETag", "\"1\"");
    }

    @Test
    void aFailingEndpointIsRetriedAndALaterEventOfTheSameRecordWaitsWhileOthersGoAhead() {
        Receiver receiver = receiver();
        AtomicInteger calls = new AtomicInteger();
        UUID slowRecord = UUID.randomUUID();
        receiver.answer(request -> request.body().contains(slowRecord.toString()) && calls.incrementAndGet() <= 2
                ? Receiver.Answer.status(500)
                : Receiver.Answer.status(204));
        subscribe(TestTokens.admin(), receiver, "events.events.*");

        EventEnvelope first = Events.exchangeEvent(slowRecord, 1, "OPEN", UUID.randomUUID());
        EventEnvelope second = Events.exchangeEvent(slowRecord, 2, "CLOSED", UUID.randomUUID());
        EventEnvelope other = Events.exchangeEvent(UUID.randomUUID(), 1, "OPEN", UUID.randomUUID());

        await().atMost(WAIT).until(() -> receiver.received().size() == 5);
        List<String> ids =
                receiver.received().stream().map(r -> r.header("webhook-id")).toList();
        List<String> ofSlowRecord =
                ids.stream().filter(id -> !id.equals(other.id())).toList();
        assertEquals(
                List.of(first.id(), first.id(), first.id(), second.id()), ofSlowRecord, "one record's events in order");
        assertTrue(ids.indexOf(other.id()) < ids.lastIndexOf(first.id()), "another record does not wait: " + ids);
    }

    @Test
    void goneDisablesTheSubscriptionAtOnceAndAnEndpointFailingTheWholeScheduleToo() {
        Receiver gone = receiver();
        gone.answer(request -> Receiver.Answer.status(410));
        Receiver failing = receiver();
        failing.answer(request -> Receiver.Answer.status(500));
        String goneId =
                subscribe(TestTokens.admin(), gone, "partner.organizations.*").getString("id");
        String failingId = subscribe(TestTokens.admin(), failing, "partner.organizations.*")
                .getString("id");

        Events.organization(UUID.randomUUID());

        await().atMost(WAIT)
                .untilAsserted(() -> given().get(PATH + "/" + goneId)
                        .then()
                        .body("enabled", equalTo(false))
                        .body("disabledReason", containsString("410")));
        await().atMost(WAIT)
                .untilAsserted(() -> given().get(PATH + "/" + failingId)
                        .then()
                        .body("enabled", equalTo(false))
                        .body("disabledReason", containsString("All 4 attempts")));
        assertEquals(1, gone.received().size());
        assertEquals(4, failing.received().size());
        given().get(PATH + "/" + failingId + "/deliveries")
                .then()
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].attemptLog", hasSize(4))
                .body("items[0].lastStatusCode", equalTo(500))
                .body("items[0].attemptLog[0].responseExcerpt", equalTo("answered 500"));
    }

    @Test
    void retryAfterIsHonoured() {
        Receiver receiver = receiver();
        AtomicInteger calls = new AtomicInteger();
        receiver.answer(request -> calls.incrementAndGet() == 1
                ? new Receiver.Answer(503, Map.of("Retry-After", "2"), 0)
                : Receiver.Answer.status(204));
        subscribe(TestTokens.admin(), receiver, "partner.organizations.*");
        Events.organization(UUID.randomUUID());

        await().atMost(WAIT).until(() -> receiver.received().size() == 2);
        long first = Long.parseLong(receiver.received().get(0).header("webhook-timestamp"));
        long second = Long.parseLong(receiver.received().get(1).header("webhook-timestamp"));
        assertTrue(second - first >= 2, "waited " + (second - first) + " s, not the schedule's 300 ms");
    }

    @Test
    void partnerASubscribedToEverythingReceivesNothingAboutBsPrivateRecords() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Receiver receiver = receiver();
        subscribe(
                TestTokens.partnerOf(a),
                receiver,
                "partner.organizations.*",
                "partner.partnerships.*",
                "volunteer.volunteers.*",
                "volunteer.deployments.*",
                "volunteer.service-hours.*",
                "volunteer.opportunities.*",
                "volunteer.applications.*",
                "events.events.*",
                "events.participations.*",
                "events.knowledge.*");

        Events.exchangeEvent(UUID.randomUUID(), 1, "DRAFT", b);
        Events.deployment(b, UUID.randomUUID());
        Events.volunteer(b);
        EventEnvelope publicProfileOfB = Events.organization(b);
        EventEnvelope deploymentOfA = Events.deployment(UUID.randomUUID(), a);
        UUID forumOfA = UUID.randomUUID();
        EventEnvelope draftForumOfA = Events.exchangeEvent(forumOfA, 1, "DRAFT", a);
        await().atMost(WAIT)
                .until(() -> receiver.received().stream()
                        .anyMatch(r -> draftForumOfA.id().equals(r.header("webhook-id"))));
        EventEnvelope delegateOfBAtAsForum = Events.participation(forumOfA, b);
        Events.participation(UUID.randomUUID(), b);

        await().atMost(WAIT).until(() -> receiver.received().size() >= 4);
        Thread.sleep(1_000);
        Map<String, JsonNode> bodies = new java.util.HashMap<>();
        for (Receiver.Received received : receiver.received()) {
            bodies.put(received.header("webhook-id"), JSON.readTree(received.body()));
        }
        assertEquals(
                Set.of(publicProfileOfB.id(), deploymentOfA.id(), draftForumOfA.id(), delegateOfBAtAsForum.id()),
                bodies.keySet(),
                "public profiles, A's own records, and who registered for A's forum: nothing else of B's");
        JsonNode thin = bodies.get(deploymentOfA.id());
        assertFalse(thin.has("data"), "a deployment is about a person: thin");
        assertEquals(deploymentOfA.subject(), thin.path("subject").asText());
        assertTrue(bodies.get(publicProfileOfB.id()).has("data"));
    }

    @Test
    void aSlowEndpointDoesNotHoldBackOtherSubscribers() {
        Receiver slow = receiver();
        slow.answer(request -> new Receiver.Answer(204, Map.of(), 5_000));
        Receiver fast = receiver();
        subscribe(TestTokens.admin(), slow, "events.knowledge.*");
        subscribe(TestTokens.admin(), fast, "events.knowledge.*");

        Instant start = Instant.now();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(Events.publish(
                            org.southsouth.contracts.events.EventsServiceEvents.KNOWLEDGE_PRODUCT_DRAFTED,
                            UUID.randomUUID(),
                            1,
                            Map.of("id", UUID.randomUUID().toString()))
                    .id());
        }
        await().atMost(WAIT).until(() -> fast.received().size() == 12);
        assertTrue(Duration.between(start, Instant.now()).toSeconds() < 8, "fast receiver waited for the slow one");
        assertEquals(
                Set.copyOf(ids),
                fast.received().stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet()));
    }

    @Test
    void pingRetryAndReplaySendWhatTheLogSays() {
        Receiver receiver = receiver();
        JsonPath subscription = subscribe(TestTokens.admin(), receiver, "partner.organizations.*");
        String path = PATH + "/" + subscription.getString("id");

        given().post(path + "/ping")
                .then()
                .statusCode(200)
                .body("status", equalTo("DELIVERED"))
                .body("eventType", equalTo("org.southsouth.webhook.Ping"))
                .body("attemptLog[0].statusCode", equalTo(204));
        assertEquals(1, receiver.received().size());

        Instant before = Instant.now().minusSeconds(1);
        EventEnvelope event = Events.organization(UUID.randomUUID());
        await().atMost(WAIT).until(() -> receiver.received().size() == 2);
        String deliveryId = given().get(path + "/deliveries?status=DELIVERED&size=1")
                .then()
                .extract()
                .path("items[0].id");

        given().post(path + "/deliveries/" + deliveryId + "/retry")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"));
        await().atMost(WAIT).until(() -> receiver.received().size() == 3);
        given().post(path + "/replay?since=" + before).then().statusCode(202).body("queued", equalTo(1));
        await().atMost(WAIT).until(() -> receiver.received().size() == 4);
        assertEquals(
                List.of(event.id(), event.id(), event.id()),
                receiver.received().subList(1, 4).stream()
                        .map(r -> r.header("webhook-id"))
                        .toList());
    }

    /** Guarantee: an event planned while no subscription is enabled is kept, and a later subscription replays it. */
    @Test
    void anEventNobodySubscribedToIsKeptForALaterSubscriptionsReplay() {
        QuarkusTransaction.requiringNew()
                .run(() -> entities.createQuery("update Subscription set enabled = false")
                        .executeUpdate());
        Instant before = Instant.now().minusSeconds(1);
        EventEnvelope event = Events.organization(UUID.randomUUID());
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> PlatformEvent.findById(UUID.fromString(event.id())) != null));

        Receiver receiver = receiver();
        String path = PATH + "/"
                + subscribe(TestTokens.admin(), receiver, "partner.organizations.*")
                        .getString("id");
        given().post(path + "/replay?since=" + before).then().statusCode(202);
        await().atMost(WAIT)
                .until(() -> receiver.received().stream()
                        .anyMatch(delivery -> event.id().equals(delivery.header("webhook-id"))));
    }

    @Test
    void aDeliveryLeftSendingByAnInstanceThatDiedIsSentAgainWithTheSameWebhookId() {
        Receiver receiver = receiver();
        JsonPath subscription = subscribe(TestTokens.admin(), receiver, "partner.organizations.*");
        EventEnvelope event = Events.organization(UUID.randomUUID());
        await().atMost(WAIT).until(() -> receiver.received().size() == 1);
        String deliveries = PATH + "/" + subscription.getString("id") + "/deliveries";
        String deliveryId = await().atMost(WAIT)
                .until(
                        () -> given().get(deliveries + "?status=DELIVERED")
                                .then()
                                .extract()
                                .<String>path("items[0].id"),
                        java.util.Objects::nonNull);

        // As an instance leaves it when it dies after claiming: SENDING, its lease run out, nothing recorded.
        QuarkusTransaction.requiringNew()
                .run(() -> entities.createNativeQuery("UPDATE delivery SET status = 'SENDING', "
                                + "lease_until = now() - interval '1 second', delivered_at = NULL WHERE id = ?1")
                        .setParameter(1, UUID.fromString(deliveryId))
                        .executeUpdate());

        await().atMost(WAIT).until(() -> receiver.received().size() == 2);
        assertEquals(
                List.of(event.id(), event.id()),
                receiver.received().stream().map(r -> r.header("webhook-id")).toList());
        await().atMost(WAIT)
                .untilAsserted(() -> given().get(deliveries + "/" + deliveryId)
                        .then()
                        .body("status", equalTo("DELIVERED"))
                        .body("attemptLog", hasSize(2)));
    }

    private Receiver receiver() {
        try {
            Receiver receiver = new Receiver();
            receivers.add(receiver);
            return receiver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonPath subscribe(String token, Receiver receiver, String... types) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "eventTypes", List.of(types)))
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
