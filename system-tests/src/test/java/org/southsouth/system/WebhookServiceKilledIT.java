package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.launcher.Platform;

/**
 * webhook-service killed with SIGKILL while it delivers and while events keep coming: the process the launcher starts
 * in its place resumes from the database (deliveries whose lease ran out) and from the committed Kafka offsets (events
 * published while nothing consumed). Every event arrives; a repeated one only with the same webhook-id and body, as
 * the Standard Webhooks specification allows and receivers deduplicate; each record's events first arrive in order.
 */
@ExtendWith(RunningPlatform.class)
class WebhookServiceKilledIT {

    private static final int RECORDS = 60;
    private static final int VERSIONS = 5;
    private static final int EVENTS_PER_SECOND = 40;
    /** Deliveries received before the kill: far enough in that some are in flight, far from the end. */
    private static final int KILL_AFTER = 60;

    private static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";

    private HttpServer receiver;
    private final List<Map.Entry<Map<String, List<String>>, String>> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newCachedThreadPool());
        receiver.createContext("/", this::receive);
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void noEventIsLostAndARepeatedOneKeepsItsWebhookId() throws Exception {
        Platform platform = RunningPlatform.platform();
        JsonPath subscription = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                        "eventTypes",
                        List.of("partner.organizations.*")))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        List<EventEnvelope> events = events();
        Map<String, EventEnvelope> published = new HashMap<>();
        events.forEach(event -> published.put(event.id(), event));

        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> publish(platform, events));
        await().atMost(Duration.ofMinutes(1)).until(() -> ours(published).size() >= KILL_AFTER);
        ProcessHandle killed = platform.serviceProcess("webhook-service");
        killed.destroyForcibly();
        killed.onExit().get(10, TimeUnit.SECONDS);
        int beforeKill = ours(published).size();
        publishing.get(1, TimeUnit.MINUTES);
        assertTrue(beforeKill < events.size(), "killed before the last event arrived: " + beforeKill);

        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> ours(published).stream()
                        .map(this::webhookId)
                        .collect(Collectors.toSet())
                        .containsAll(published.keySet()));
        assertNotEquals(
                killed.pid(), platform.serviceProcess("webhook-service").pid(), "a new process delivered the rest");

        Webhook verifier = new Webhook(subscription.getString("secret"));
        Map<String, String> bodyOf = new HashMap<>();
        Map<String, Set<String>> firstArrivals = new HashMap<>();
        for (Map.Entry<Map<String, List<String>>, String> delivery : ours(published)) {
            verifier.verify(delivery.getValue(), delivery.getKey());
            String id = webhookId(delivery);
            assertTrue(published.containsKey(id), "a delivery about our records carries the id of an event: " + id);
            String first = bodyOf.putIfAbsent(id, delivery.getValue());
            assertTrue(first == null || first.equals(delivery.getValue()), "repeated " + id + " with the same body");
            firstArrivals
                    .computeIfAbsent(published.get(id).subject(), record -> new LinkedHashSet<>())
                    .add(id);
        }
        for (Map.Entry<String, Set<String>> record : firstArrivals.entrySet()) {
            List<String> inOrder = events.stream()
                    .filter(event -> event.subject().equals(record.getKey()))
                    .map(EventEnvelope::id)
                    .toList();
            assertEquals(inOrder, List.copyOf(record.getValue()), "record " + record.getKey() + " in order");
        }
        System.out.printf(
                "webhook-service killed after %d of %d deliveries; %d received in all (%d repeated)%n",
                beforeKill,
                events.size(),
                ours(published).size(),
                ours(published).size() - events.size());
        given().delete(SUBSCRIPTIONS + "/" + subscription.getString("id"))
                .then()
                .statusCode(204);
    }

    /** Deliveries about this test's records: the subscription also hears the organizations other tests write. */
    private List<Map.Entry<Map<String, List<String>>, String>> ours(Map<String, EventEnvelope> published) {
        Set<String> records = new HashSet<>();
        published.values().forEach(event -> records.add(event.subject()));
        return received.stream()
                .filter(delivery -> records.stream().anyMatch(delivery.getValue()::contains))
                .toList();
    }

    private String webhookId(Map.Entry<Map<String, List<String>>, String> delivery) {
        return delivery.getKey().get("webhook-id").get(0);
    }

    /** As partner-service would, keyed by record, at a steady pace: some are published while nothing consumes. */
    private static void publish(Platform platform, List<EventEnvelope> events) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", platform.infrastructure().kafkaBootstrap(), "acks", "all"),
                new StringSerializer(),
                new ByteArraySerializer())) {
            for (EventEnvelope event : events) {
                producer.send(new ProducerRecord<>(
                                PartnerEvents.ORGANIZATION_UPDATED.topic(), event.subject(), EventCodec.encode(event)))
                        .get();
                Thread.sleep(1_000 / EVENTS_PER_SECOND);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Five versions of each organization, the versions of different records interleaved. */
    private static List<EventEnvelope> events() {
        List<UUID> records = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            records.add(UUID.randomUUID());
        }
        List<EventEnvelope> events = new ArrayList<>();
        for (int sequence = 1; sequence <= VERSIONS; sequence++) {
            for (UUID id : records) {
                OrganizationV1 state = new OrganizationV1(
                        id,
                        "Killed webhook-service organization " + sequence,
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

    /** Answers after a little while, as a real endpoint does, so that deliveries are in flight when the kill comes. */
    private void receive(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        received.add(Map.entry(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }
}
