package org.southsouth.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;

/**
 * Webhook figures on the packaged platform, beside raw Kafka producer→consumer latency from the same run: latency
 * from an event written (to its topic; and as a write accepted by partner-service, outbox included) to its signed
 * delivery at a local receiver, and deliveries per second with 1 and with 50 subscriptions to a backlog of events;
 * then the latency at 19 subscriptions of a fan-out to 20, with the 20th answering and with it dead.
 */
public final class WebhooksBenchmark implements AutoCloseable {

    private static final int RATE_PER_SECOND = Integer.getInteger("bench.rate", 20);
    private static final int MESSAGES = Integer.getInteger("bench.messages", 400);
    private static final int WARM_UP = 40;
    /** Backlog per throughput run: deliveries = events × subscriptions. */
    private static final int EVENTS_FOR_ONE = Integer.getInteger("bench.events-one", 2_000);

    private static final int EVENTS_FOR_FIFTY = Integer.getInteger("bench.events-fifty", 200);
    /** Events per fan-out run, each delivered to every one of the fan-out's subscriptions. */
    private static final int FAN_OUT_EVENTS = Integer.getInteger("bench.events-fan-out", 1_000);

    private static final int FAN_OUT_SUBSCRIPTIONS = 20;
    private static final Duration FAN_OUT_WAIT = Duration.ofMinutes(5);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern SUBJECT = Pattern.compile("\"subject\"\\s*:\\s*\"([^\"]+)\"");

    private final BenchPlatform bench;
    private final String subscriptions;
    private final Map<String, Long> arrivedById = new ConcurrentHashMap<>();
    private final Map<String, Long> arrivedBySubject = new ConcurrentHashMap<>();
    /** Keyed by the receiver's path, which tells the subscriptions apart, and the webhook-id. */
    private final Map<String, Long> arrivedByPathAndId = new ConcurrentHashMap<>();

    private final AtomicInteger deliveries = new AtomicInteger();
    private final AtomicLong lastDeliveryNanos = new AtomicLong();
    private final ExecutorService receiving = Executors.newFixedThreadPool(64);
    private final HttpServer receiver;

    private WebhooksBenchmark(BenchPlatform bench) throws Exception {
        this.bench = bench;
        this.subscriptions = bench.serviceUrl("webhook-service") + "/api/v1/webhooks/subscriptions";
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(receiving);
        receiver.createContext("/", this::receive);
        receiver.start();
    }

    public static void main(String[] args) throws Exception {
        try (BenchPlatform bench = BenchPlatform.start();
                WebhooksBenchmark benchmark = new WebhooksBenchmark(bench)) {
            benchmark.run();
        }
    }

    /** Stops the receiver and its threads, which would otherwise keep the JVM from exiting. */
    @Override
    public void close() {
        receiver.stop(0);
        receiving.shutdownNow();
    }

    private void run() throws Exception {
        System.out.printf(
                "%nWebhook delivery latency at %d events/s, %d events, one subscription%n", RATE_PER_SECOND, MESSAGES);
        String raw = RawKafka.latency(bench.kafkaBootstrap(), RATE_PER_SECOND, MESSAGES);
        String subscription = subscribe(0);
        String fromTopic = publishedToDelivered();
        String fromWrite = acceptedToDelivered();
        delete(subscription);
        System.out.println("  raw Kafka producer→consumer (acks=all)              " + raw);
        System.out.println("  event on its topic → delivered to the receiver      " + fromTopic);
        System.out.println("  write accepted by partner-service → delivered       " + fromWrite);

        System.out.println();
        System.out.println("Delivery throughput: a backlog of events published at once, 204 answered at once");
        System.out.println("  1 subscription    " + throughput(1, EVENTS_FOR_ONE));
        System.out.println("  50 subscriptions  " + throughput(50, EVENTS_FOR_FIFTY));

        System.out.println();
        System.out.printf(
                "Fan-out with one dead endpoint: %d events published at once to %d subscriptions; event on "
                        + "its topic → delivered, at the %d that answer in both runs%n",
                FAN_OUT_EVENTS, FAN_OUT_SUBSCRIPTIONS, FAN_OUT_SUBSCRIPTIONS - 1);
        fanOutBesideADeadEndpoint();
    }

    /** The same fan-out twice: with the last subscription answering like the others, then with it never answering. */
    private void fanOutBesideADeadEndpoint() throws Exception {
        FanOut allAnswering = fanOut("all-answering", receiverUrl("/fan-out/all-answering/last"));
        FanOut oneDead;
        int deadCalls;
        try (DeadEndpoint dead = new DeadEndpoint()) {
            oneDead = fanOut("one-dead", dead.url());
            deadCalls = dead.calls();
        }
        String row = "  %-22s %-24s %s%n";
        System.out.printf(row, "", "all 20 answering", "one dead (never answers)");
        System.out.printf(row, "delivered", allAnswering.delivered(), oneDead.delivered());
        System.out.printf(row, "p50", allAnswering.millis(50), oneDead.millis(50));
        System.out.printf(row, "p99", allAnswering.millis(99), oneDead.millis(99));
        System.out.printf(row, "max", allAnswering.millis(100), oneDead.millis(100));
        System.out.printf(
                "  p99 one dead / all answering: %.2f  (the dead endpoint was called %d times meanwhile)%n",
                oneDead.latencies().millis(99) / allAnswering.latencies().millis(99), deadCalls);
    }

    /**
     * {@link #FAN_OUT_EVENTS} events published at once to {@link #FAN_OUT_SUBSCRIPTIONS} subscriptions: all but the
     * last at the receiver, where each delivery's latency is measured, the last at {@code lastUrl}.
     */
    private FanOut fanOut(String run, String lastUrl) throws Exception {
        List<String> measuredPaths = new ArrayList<>();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < FAN_OUT_SUBSCRIPTIONS - 1; i++) {
            String path = "/fan-out/" + run + "/" + i;
            measuredPaths.add(path);
            made.add(subscribeAt(receiverUrl(path)));
        }
        made.add(subscribeAt(lastUrl));
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < FAN_OUT_EVENTS; i++) {
                timedSend(producer, sentAt);
            }
        }
        Map<String, Long> sentAtByPathAndId = new HashMap<>();
        for (String path : measuredPaths) {
            sentAt.forEach((id, sent) -> sentAtByPathAndId.put(path + " " + id, sent));
        }
        awaitArrivals(sentAtByPathAndId.keySet(), arrivedByPathAndId, FAN_OUT_WAIT);
        made.forEach(this::delete);
        return new FanOut(sentAtByPathAndId.size(), collect(sentAtByPathAndId, arrivedByPathAndId));
    }

    /** The deliveries one fan-out run owed the measured subscriptions, and the latencies of those that arrived. */
    private record FanOut(int owed, Latencies latencies) {

        String delivered() {
            return latencies.count() + " of " + owed;
        }

        String millis(int percentile) {
            return String.format("%.1f ms", latencies.millis(percentile));
        }
    }

    /** Events sent straight to the topic as their owner would: the webhook-service's own share of the latency. */
    private String publishedToDelivered() throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            Pacing.paced(RATE_PER_SECOND, WARM_UP, i -> timedSend(producer, sentAt));
            awaitArrivals(sentAt.keySet(), arrivedById);
            sentAt.clear();
            Pacing.paced(RATE_PER_SECOND, MESSAGES, i -> timedSend(producer, sentAt));
        }
        return latencies(sentAt, arrivedById);
    }

    /** A new organization through partner-service's API: outbox, relay, topic, webhook-service, receiver. */
    private String acceptedToDelivered() throws Exception {
        String organizations = bench.serviceUrl("partner-service") + "/api/v1/organizations";
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        Pacing.paced(RATE_PER_SECOND, WARM_UP, i -> write(organizations, "Webhook warm-up " + i, acceptedAt));
        awaitArrivals(acceptedAt.keySet(), arrivedBySubject);
        acceptedAt.clear();
        Pacing.paced(RATE_PER_SECOND, MESSAGES, i -> write(organizations, "Webhook benchmark " + i, acceptedAt));
        return latencies(acceptedAt, arrivedBySubject);
    }

    /** Deliveries per second from the first event published to the last delivery received. */
    private String throughput(int subscriptionCount, int events) throws Exception {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < subscriptionCount; i++) {
            made.add(subscribe(i));
        }
        int expected = subscriptionCount * events;
        deliveries.set(0);
        long begin = System.nanoTime();
        lastDeliveryNanos.set(begin);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < events; i++) {
                send(producer, event());
            }
        }
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (deliveries.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        int delivered = deliveries.get();
        double seconds = (lastDeliveryNanos.get() - begin) / 1e9;
        for (String subscription : made) {
            delete(subscription);
        }
        return String.format(
                "%6.0f deliveries/s  (%d of %d deliveries in %.1f s, %d events)",
                delivered / seconds, delivered, expected, seconds, events);
    }

    private void write(String organizations, String name, Map<String, Long> acceptedAt) {
        String json = "{\"name\":\"" + name + "\",\"type\":\"22\",\"country\":\"KE\"}";
        HttpResponse<String> created = bench.send(bench.request(organizations)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        long accepted = System.nanoTime();
        Matcher id = ID.matcher(created.body());
        if (created.statusCode() == 201 && id.find()) {
            acceptedAt.put(id.group(1), accepted);
        } else {
            System.out.println("  ! write refused: " + created.statusCode() + " " + created.body());
        }
    }

    private static EventEnvelope event() {
        UUID id = UUID.randomUUID();
        OrganizationV1 state = new OrganizationV1(
                id,
                "Webhook benchmark organization",
                null,
                "22",
                "KE",
                "Africa",
                "ACTIVE",
                false,
                List.of(4),
                null,
                Instant.now());
        return EventEnvelope.of(PartnerEvents.ORGANIZATION_UPDATED, id.toString(), 1, state);
    }

    private static void timedSend(KafkaProducer<String, byte[]> producer, Map<String, Long> sentAt) {
        EventEnvelope event = event();
        sentAt.put(event.id(), System.nanoTime());
        send(producer, event);
    }

    private static void send(KafkaProducer<String, byte[]> producer, EventEnvelope event) {
        producer.send(new ProducerRecord<>(
                PartnerEvents.ORGANIZATION_UPDATED.topic(), event.subject(), EventCodec.encode(event)));
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of("bootstrap.servers", bench.kafkaBootstrap(), "acks", "all", "linger.ms", "0"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Arrival minus start of each key; the ones that did not arrive within a minute are left out (n says). */
    private static String latencies(Map<String, Long> startedAt, Map<String, Long> arrivedAt) throws Exception {
        awaitArrivals(startedAt.keySet(), arrivedAt);
        return collect(startedAt, arrivedAt).summary();
    }

    /** Arrival minus start of each key that arrived. */
    private static Latencies collect(Map<String, Long> startedAt, Map<String, Long> arrivedAt) {
        Latencies latencies = new Latencies();
        startedAt.forEach((key, start) -> {
            Long arrival = arrivedAt.get(key);
            if (arrival != null) {
                latencies.add(arrival - start);
            }
        });
        return latencies;
    }

    private static void awaitArrivals(Iterable<String> keys, Map<String, Long> arrivedAt) throws InterruptedException {
        awaitArrivals(keys, arrivedAt, Duration.ofMinutes(1));
    }

    private static void awaitArrivals(Iterable<String> keys, Map<String, Long> arrivedAt, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (String key : keys) {
            while (!arrivedAt.containsKey(key) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }

    /** At the receiver's path {@code /hooks/n}. */
    private String subscribe(int n) {
        return subscribeAt(receiverUrl("/hooks/" + n));
    }

    private String receiverUrl(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    /** As the admin, to every organization event; loopback targets are allowed in the local run. */
    private String subscribeAt(String url) {
        String json = "{\"url\":\"" + url + "\",\"eventTypes\":[\"partner.organizations.*\"]}";
        HttpResponse<String> created = bench.send(bench.request(subscriptions)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
        Matcher id = ID.matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Could not subscribe: " + created.statusCode() + " " + created.body());
        }
        return id.group(1);
    }

    private void delete(String subscription) {
        bench.send(bench.request(subscriptions + "/" + subscription).DELETE().build());
    }

    private void receive(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
        arrivedById.putIfAbsent(webhookId, now);
        arrivedByPathAndId.putIfAbsent(exchange.getRequestURI().getPath() + " " + webhookId, now);
        Matcher subject = SUBJECT.matcher(body);
        if (subject.find()) {
            arrivedBySubject.putIfAbsent(subject.group(1), now);
        }
        deliveries.incrementAndGet();
        lastDeliveryNanos.accumulateAndGet(now, Math::max);
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }
}
