package org.southsouth.benchmarks;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Registrations on one OPEN event with a capacity, from concurrent clients through events-service's API, beside the
 * seat claim the service performs for each of them (SeatLedger.claim: one conditional update on the event document)
 * sent raw with the sync driver from as many threads.
 */
final class RegistrationThroughput {

    /** Requests or claims done, how fast, and what the event holds afterwards. */
    record Run(double perSecond, Latencies latencies, String outcome) {}

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern SEATS_TAKEN = Pattern.compile("\"seatsTaken\"\\s*:\\s*(\\d+)");

    private final BenchPlatform bench;
    private final String eventsUrl;
    private final UUID organizationId;

    /** @param organizationId hosts the events and sends the delegates; events-service must know it already */
    RegistrationThroughput(BenchPlatform bench, UUID organizationId) {
        this.bench = bench;
        this.eventsUrl = bench.serviceUrl("events-service") + "/api/v1/events";
        this.organizationId = organizationId;
    }

    /** Opens an event with {@code capacity} seats and registers {@code registrations} delegates from {@code threads} clients. */
    Run viaApi(String label, int threads, int registrations, int capacity) throws Exception {
        String event = openEvent(label, capacity);
        String participations = eventsUrl + "/" + event + "/participations";
        Concurrently.Outcome outcome = Concurrently.run(threads, registrations, i -> {
            HttpResponse<String> response = post(
                    participations,
                    "{\"organizationId\":\"" + organizationId + "\",\"name\":\"" + label + " delegate " + i
                            + "\",\"role\":\"DELEGATE\"}");
            if (response.statusCode() != 201) {
                throw new IllegalStateException(
                        "Registration answered " + response.statusCode() + ": " + response.body());
            }
        });
        long registered = total(participations + "?status=REGISTERED&size=1");
        long waitlisted = total(participations + "?status=WAITLISTED&size=1");
        Matcher seatsTaken = SEATS_TAKEN.matcher(bench.get(eventsUrl + "/" + event));
        int seated = Math.min(capacity, registrations);
        String verdict = registered == seated && waitlisted == registrations - seated ? "as expected" : "WRONG";
        return new Run(
                outcome.perSecond(),
                outcome.latencies(),
                String.format(
                        "REGISTERED %d, WAITLISTED %d, seatsTaken %s: %s",
                        registered, waitlisted, seatsTaken.find() ? seatsTaken.group(1) : "?", verdict));
    }

    /**
     * The claim as SeatLedger sends it, on an event document of the same shape in a collection of the benchmark's own,
     * {@code claims} times from {@code threads} threads: the limited-capacity update, and when it matches nothing the
     * unlimited-capacity one.
     */
    static Run rawClaims(MongoCollection<Document> events, int threads, int claims, int capacity) throws Exception {
        String id = UUID.randomUUID().toString();
        events.insertOne(new Document("_id", id)
                .append("status", "OPEN")
                .append("capacity", capacity)
                .append("seatsTaken", 0)
                .append("seatsLeft", capacity));
        Bson open = and(eq("_id", id), in("status", List.of("OPEN")));
        Bson limited = and(open, ne("capacity", null), gte("seatsLeft", 1));
        Bson claim = Updates.combine(Updates.inc("seatsTaken", 1), Updates.inc("seatsLeft", -1));
        Bson unlimited = and(open, eq("capacity", null));
        Concurrently.Outcome outcome = Concurrently.run(threads, claims, i -> {
            if (events.updateOne(limited, claim).getModifiedCount() == 0) {
                events.updateOne(unlimited, Updates.inc("seatsTaken", 1));
            }
        });
        Document after = events.find(eq("_id", id)).first();
        int taken = after == null ? -1 : after.get("seatsTaken", Number.class).intValue();
        return new Run(
                outcome.perSecond(),
                outcome.latencies(),
                String.format(
                        "seatsTaken %d, seatsLeft %s: %s",
                        taken,
                        after == null ? "?" : after.get("seatsLeft"),
                        taken == Math.min(capacity, claims) ? "as expected" : "WRONG"));
    }

    private String openEvent(String label, int capacity) {
        HttpResponse<String> created = post(
                eventsUrl,
                "{\"kind\":\"FORUM\",\"title\":\"" + label + "\",\"hostOrganizationId\":\""
                        + organizationId
                        + "\",\"country\":\"KE\",\"city\":\"Nairobi\",\"startsAt\":\"2027-06-01T06:00:00Z\","
                        + "\"endsAt\":\"2027-06-03T14:00:00Z\",\"timeZone\":\"Africa/Nairobi\",\"capacity\":" + capacity
                        + ",\"languages\":[\"en\"],\"sdgs\":[17]}");
        Matcher id = ID.matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException(
                    "Drafting the event answered " + created.statusCode() + ": " + created.body());
        }
        HttpResponse<String> opened = bench.send(bench.request(eventsUrl + "/" + id.group(1) + "/status")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"OPEN\"}"))
                .build());
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("Opening the event answered " + opened.statusCode() + ": " + opened.body());
        }
        return id.group(1);
    }

    private long total(String url) {
        Matcher total = TOTAL.matcher(bench.get(url));
        return total.find() ? Long.parseLong(total.group(1)) : -1;
    }

    private HttpResponse<String> post(String url, String json) {
        return bench.send(bench.request(url)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** A fixed number of steps shared by a pool of threads, each step timed, all of them against one wall clock. */
    private static final class Concurrently {

        record Outcome(double perSecond, Latencies latencies) {}

        @FunctionalInterface
        interface Step {
            void run(int index) throws Exception;
        }

        static Outcome run(int threads, int steps, Step step) throws Exception {
            Latencies latencies = new Latencies();
            AtomicInteger next = new AtomicInteger();
            AtomicReference<Exception> failure = new AtomicReference<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long begin = System.nanoTime();
                List<Future<?>> workers = IntStream.range(0, threads)
                        .<Future<?>>mapToObj(t -> pool.submit(() -> {
                            int index;
                            while (failure.get() == null && (index = next.getAndIncrement()) < steps) {
                                long start = System.nanoTime();
                                try {
                                    step.run(index);
                                } catch (Exception e) {
                                    failure.compareAndSet(null, e);
                                }
                                latencies.add(System.nanoTime() - start);
                            }
                        }))
                        .toList();
                for (Future<?> worker : workers) {
                    worker.get();
                }
                double seconds = (System.nanoTime() - begin) / 1e9;
                if (failure.get() != null) {
                    throw failure.get();
                }
                return new Outcome(steps / seconds, latencies);
            } finally {
                pool.shutdown();
            }
        }
    }
}
