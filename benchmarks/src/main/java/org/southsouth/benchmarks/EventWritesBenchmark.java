package org.southsouth.benchmarks;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * The cost of keeping events-service's statistics exact on its write paths (issue 18 review, F3), at the impact
 * benchmark's dataset (20k events; 10k participations): POST an event's status from DRAFT to OPEN (the event starts
 * counting: the statistics of its month are recounted) and POST a participation's status to ATTENDED (the event's
 * attendance counters and the statistics of its month are recounted), one request at a time, each beside the same
 * document update sent with the sync driver (no protocol, no recount) in the same run.
 */
public final class EventWritesBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.events", 20_000);
    private static final int PARTICIPATIONS = Integer.getInteger("bench.participations", 10_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 10);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);
    private static final String PROFILE = System.getProperty("bench.jfr");
    /** events-service's quarkus.mongodb.database; the launcher does not override it. */
    private static final String DATABASE = "events";

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    /** Held so the level sticks: the stand-in warns of each secondary index it ignores. */
    private static final Logger STAND_IN_LOG = Logger.getLogger("de.bwaldvogel");

    private EventWritesBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.println("""
                Events and participations live in mongo-java-server (memory backend), the in-memory Java stand-in for MongoDB
                inside this benchmark's JVM; it keeps only unique indexes, so a recount's filter scans its collection.""");
        STAND_IN_LOG.setLevel(Level.SEVERE);
        try (BenchPlatform bench = BenchPlatform.start();
                MongoClient mongo = MongoClients.create(bench.mongoUri())) {
            Runtime.getRuntime().addShutdownHook(new Thread(bench::close));
            MongoDatabase events = mongo.getDatabase(DATABASE);
            List<UUID> organizations = EventsBenchmark.organizations(bench, events);
            new EventsSeeder(events, organizations).seed(EVENTS, PARTICIPATIONS, 0);
            // A version whose reader fills the statistics fills them here; a later one counts them in its housekeeping.
            bench.get(bench.serviceUrl("events-service") + "/api/v1/events/statistics");
            ImpactBenchmark.awaitEventSummaries(events);
            String host = organizations.get(0).toString();
            System.out.printf(
                    "Seeded %,d events and %,d participations; %d warm-up writes then %d samples each, one at a time;"
                            + " load average %.1f%n",
                    EVENTS,
                    PARTICIPATIONS,
                    WARM_UP,
                    SAMPLES,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            long service = bench.platform().serviceProcess("events-service").pid();
            record(service, "JFR.start", "name=writes", "settings=profile", "filename=" + PROFILE);
            List<String> drafts = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                drafts.add(create(bench, event(host, "2024-0" + (1 + i % 9) + "-15T08:00:00Z")));
            }
            Latencies opened = each(drafts, event -> post(bench, "/api/v1/events/" + event + "/status", "OPEN"));
            Latencies openedFloor = each(drafts, event -> setStatus(events.getCollection("events"), event, "OPEN"));
            System.out.printf("  POST /events/{id}/status DRAFT→OPEN   %s%n", opened.summary());
            System.out.printf("    floor: the update with the driver  %s%n", openedFloor.summary());

            String started = create(
                    bench,
                    event(
                            host,
                            Instant.now()
                                    .minus(3, ChronoUnit.DAYS)
                                    .truncatedTo(ChronoUnit.SECONDS)
                                    .toString()));
            post(bench, "/api/v1/events/" + started + "/status", "OPEN");
            List<String> registered = new ArrayList<>();
            for (int i = 0; i < WARM_UP + SAMPLES; i++) {
                registered.add(register(bench, started, host, "Delegate " + i));
            }
            Latencies attended = each(
                    registered,
                    participation -> post(
                            bench,
                            "/api/v1/events/" + started + "/participations/" + participation + "/status",
                            "ATTENDED"));
            Latencies attendedFloor = each(
                    registered,
                    participation -> setStatus(events.getCollection("participations"), participation, "ATTENDED"));
            System.out.printf("  POST participation status →ATTENDED  %s%n", attended.summary());
            System.out.printf("    floor: the update with the driver  %s%n", attendedFloor.summary());
            record(service, "JFR.stop", "name=writes");
        }
    }

    private interface Write {
        void to(String id) throws Exception;
    }

    /** One write to each of {@code ids} in turn, timed: those of the warm-up first, not recorded. */
    private static Latencies each(List<String> ids, Write write) throws Exception {
        Iterator<String> next = ids.iterator();
        return Timed.repeat(WARM_UP, SAMPLES, () -> write.to(next.next()));
    }

    /** The floor: the document's status written with the driver, as the service's update does, without the protocol. */
    private static void setStatus(MongoCollection<Document> collection, String id, String status) {
        collection.updateOne(
                eq("_id", id), Updates.combine(Updates.set("status", status), Updates.set("updatedAt", new Date())));
    }

    /** With {@code -Dbench.jfr=file}, events-service's flight recording of the writes goes there (jcmd). */
    private static void record(long pid, String... command) throws Exception {
        if (PROFILE == null) {
            return;
        }
        List<String> jcmd = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        jcmd.addAll(List.of(command));
        new ProcessBuilder(jcmd).inheritIO().start().waitFor();
    }

    private static String event(String host, String startsAt) {
        Instant start = Instant.parse(startsAt);
        return "{\"kind\":\"FORUM\",\"title\":\"Write benchmark " + UUID.randomUUID() + "\",\"hostOrganizationId\":\""
                + host + "\",\"country\":\"KE\",\"city\":\"Nairobi\",\"startsAt\":\"" + start + "\",\"endsAt\":\""
                + start.plus(2, ChronoUnit.DAYS) + "\",\"timeZone\":\"Africa/Nairobi\",\"sdgs\":[4,17],"
                + "\"languages\":[\"en\"]}";
    }

    private static String create(BenchPlatform bench, String body) {
        return created(bench, "/api/v1/events", body);
    }

    private static String register(BenchPlatform bench, String event, String organization, String name) {
        return created(
                bench,
                "/api/v1/events/" + event + "/participations",
                "{\"organizationId\":\"" + organization + "\",\"name\":\"" + name + "\",\"role\":\"DELEGATE\"}");
    }

    private static String created(BenchPlatform bench, String path, String body) {
        HttpResponse<String> response = bench.send(bench.request(bench.serviceUrl("events-service") + path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        Matcher id = ID.matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return id.group(1);
    }

    private static void post(BenchPlatform bench, String path, String status) {
        HttpResponse<String> response = bench.send(bench.request(bench.serviceUrl("events-service") + path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\"}"))
                .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
