package org.southsouth.benchmarks;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.southsouth.events.knowledge.SearchKeywords;

/**
 * events-service figures, each beside its floor from the same run on the same Mongo-wire server: registration
 * throughput on one popular event beside the raw seat claim, then list and search latencies over a seeded dataset
 * (20k events, 1M participations) beside the same query sent with the sync driver.
 */
public final class EventsBenchmark {

    private static final int EVENTS = Integer.getInteger("bench.events", 20_000);
    private static final int PARTICIPATIONS = Integer.getInteger("bench.participations", 1_000_000);
    private static final int KNOWLEDGE_PRODUCTS = Integer.getInteger("bench.knowledge", 10_000);
    private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 2_000);
    private static final int CAPACITY = 500;
    private static final List<Integer> CLIENTS = List.of(8, 16, 32);
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 10);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 100);
    private static final int PAGE_SIZE = 50;
    /** events-service's quarkus.mongodb.database; the launcher does not override it. */
    private static final String DATABASE = "events";

    private static final List<String> ORGANIZATION_COUNTRIES =
            List.of("CN", "KE", "NP", "BR", "IN", "ET", "VN", "PE", "GH", "EG", "TH", "ZA");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Bson WITHOUT_OUTBOX = Projections.exclude("outbox");
    /** Held so the level sticks: the stand-in warns of each secondary index it ignores; the header says it once. */
    private static final Logger STAND_IN_LOG = Logger.getLogger("de.bwaldvogel");

    /** A list request and the query the service sends for it (EventQuery, ParticipationStore, KnowledgeProductStore). */
    private record Query(
            String label,
            String path,
            MongoCollection<Document> collection,
            Bson filter,
            Bson projection,
            Bson sort,
            int page) {}

    private EventsBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.println("""
                These figures are for mongo-java-server (memory backend), the in-memory Java stand-in for MongoDB that runs
                inside this benchmark's JVM; production runs on MongoDB, whose figures these are not. The stand-in keeps only
                unique indexes (_id, one live participation per participant): every other filter, sort and count scans.""");
        System.out.printf(
                "Machine: %d cores, load average %.1f, benchmark JVM max heap %d MB, Java %s, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.arch"));
        STAND_IN_LOG.setLevel(Level.SEVERE);
        try (BenchPlatform bench = BenchPlatform.start();
                MongoClient mongo = MongoClients.create(bench.mongoUri())) {
            // A run takes long and is often interrupted: the services must not outlive it.
            Runtime.getRuntime().addShutdownHook(new Thread(bench::close));
            MongoDatabase events = mongo.getDatabase(DATABASE);
            List<UUID> organizations = organizations(bench, events);
            double registrationsPerSecond =
                    registrations(bench, mongo.getDatabase("bench").getCollection("seat_claims"), organizations.get(0));

            System.out.printf(
                    "%nSeeding %,d events, %,d participations and %,d knowledge products straight into events-service's "
                            + "collections (insertMany, documents as the service writes them); through the API at the rate above, "
                            + "the participations alone would take %.0f minutes%n",
                    EVENTS, PARTICIPATIONS, KNOWLEDGE_PRODUCTS, PARTICIPATIONS / registrationsPerSecond / 60);
            long begin = System.nanoTime();
            EventsSeeder.Dataset data =
                    new EventsSeeder(events, organizations).seed(EVENTS, PARTICIPATIONS, KNOWLEDGE_PRODUCTS);
            System.gc();
            System.out.printf(
                    "  seeded in %.0f s: %,d events, %,d participations (%,d of them in the popular event), %,d knowledge "
                            + "products; heap used in this JVM (the stand-in's data) %,d MB; load average %.1f%n",
                    (System.nanoTime() - begin) / 1e9,
                    data.events(),
                    data.participations(),
                    data.popularEventParticipations(),
                    data.knowledgeProducts(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            System.out.printf(
                    "%nLists and search, page size %d, %d warm-up runs then %d samples each; HTTP = events-service "
                            + "with the admin token, floor = the same find + count with the sync driver%n",
                    PAGE_SIZE, WARM_UP, SAMPLES);
            for (Query query : queries(events, data)) {
                measure(bench, query);
            }
            statistics(bench);
        }
    }

    /** Registers partners through partner-service and waits until events-service has learnt them from Kafka. */
    static List<UUID> organizations(BenchPlatform bench, MongoDatabase events) throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < ORGANIZATION_COUNTRIES.size(); i++) {
            HttpResponse<String> created =
                    bench.send(bench.request(bench.serviceUrl("partner-service") + "/api/v1/organizations")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"name\":\"Benchmark partner " + (i + 1) + "\",\"type\":\"22\",\"country\":\""
                                            + ORGANIZATION_COUNTRIES.get(i) + "\",\"status\":\"ACTIVE\"}"))
                            .build());
            Matcher id = ID.matcher(created.body());
            if (created.statusCode() != 201 || !id.find()) {
                throw new IllegalStateException(
                        "Registering an organization answered " + created.statusCode() + ": " + created.body());
            }
            ids.add(UUID.fromString(id.group(1)));
        }
        Bson learnt = and(in("_id", ids.stream().map(UUID::toString).toList()), eq("status", "ACTIVE"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (events.getCollection("organizations").countDocuments(learnt) < ids.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("events-service did not learn the organizations within 60 s");
            }
            Thread.sleep(100);
        }
        return ids;
    }

    /** @return registrations per second of the fewest clients, to say how long seeding through the API would take */
    private static double registrations(BenchPlatform bench, MongoCollection<Document> seatClaims, UUID organization)
            throws Exception {
        RegistrationThroughput throughput = new RegistrationThroughput(bench, organization);
        System.out.printf(
                "%nRegistration on one OPEN event with %d seats: %,d delegates per run, as fast as the clients go "
                        + "(fresh event per run, before seeding; warm-up run first, not shown)%n",
                CAPACITY, REGISTRATIONS);
        throughput.viaApi("Registration warm-up", CLIENTS.get(0), REGISTRATIONS / 4, CAPACITY / 4);
        RegistrationThroughput.rawClaims(seatClaims, CLIENTS.get(0), REGISTRATIONS / 4, CAPACITY / 4);
        double withFewestClients = 0;
        for (int clients : CLIENTS) {
            RegistrationThroughput.Run api = throughput.viaApi(
                    "Registration benchmark, " + clients + " clients", clients, REGISTRATIONS, CAPACITY);
            RegistrationThroughput.Run raw =
                    RegistrationThroughput.rawClaims(seatClaims, clients, REGISTRATIONS, CAPACITY);
            System.out.printf(
                    "  %2d clients  POST participations     %7.0f registrations/s  %s%n",
                    clients, api.perSecond(), api.latencies().summary());
            System.out.printf("              %s%n", api.outcome());
            System.out.printf(
                    "              raw seat claim (driver)  %7.0f claims/s         %s%n",
                    raw.perSecond(), raw.latencies().summary());
            System.out.printf("              %s%n", raw.outcome());
            if (clients == CLIENTS.get(0)) {
                withFewestClients = api.perSecond();
            }
        }
        return withFewestClients;
    }

    private static List<Query> queries(MongoDatabase database, EventsSeeder.Dataset data) {
        MongoCollection<Document> events = database.getCollection("events");
        Bson byStart = Sorts.ascending("startsAt", "_id");
        String since = data.recentUpdates().toString();
        String popular = data.popularEventId();
        MongoCollection<Document> products = database.getCollection("knowledge_products");
        Bson productsShown = Projections.exclude("outbox", "history", "keywords");
        Bson latestFirst = Sorts.orderBy(Sorts.descending("updatedAt"), Sorts.ascending("_id"));
        return List.of(
                new Query(
                        "events, first page, no filter",
                        "/api/v1/events",
                        events,
                        new Document(),
                        WITHOUT_OUTBOX,
                        byStart,
                        0),
                new Query(
                        "events, country=KE",
                        "/api/v1/events?country=KE",
                        events,
                        and(List.of(eq("country", "KE"))),
                        WITHOUT_OUTBOX,
                        byStart,
                        0),
                new Query(
                        "events, kind=WEBINAR",
                        "/api/v1/events?kind=WEBINAR",
                        events,
                        and(List.of(eq("kind", "WEBINAR"))),
                        WITHOUT_OUTBOX,
                        byStart,
                        0),
                new Query(
                        "events, sdg=4",
                        "/api/v1/events?sdg=4",
                        events,
                        and(List.of(eq("sdgs", 4))),
                        WITHOUT_OUTBOX,
                        byStart,
                        0),
                new Query(
                        "events, deep page (page 300)",
                        "/api/v1/events?page=300",
                        events,
                        new Document(),
                        WITHOUT_OUTBOX,
                        byStart,
                        300),
                new Query(
                        "events, updatedSince=" + since,
                        "/api/v1/events?updatedSince=" + since,
                        events,
                        and(List.of(gte("updatedAt", Date.from(data.recentUpdates())))),
                        WITHOUT_OUTBOX,
                        byStart,
                        0),
                new Query(
                        "participations of the popular event",
                        "/api/v1/events/" + popular + "/participations",
                        database.getCollection("participations"),
                        and(List.of(eq("eventId", popular))),
                        WITHOUT_OUTBOX,
                        Sorts.ascending("registeredAt", "_id"),
                        0),
                search(products, "volunteer", productsShown, latestFirst),
                search(products, "志愿服务", productsShown, latestFirst));
    }

    /** Each term of q must begin a keyword: an anchored regex per term (SearchKeywords.queryTerms; these have no regex specials to escape). */
    private static Query search(MongoCollection<Document> products, String q, Bson projection, Bson sort) {
        List<Bson> terms = SearchKeywords.queryTerms(q).stream()
                .map(term -> regex("keywords", "^" + term))
                .toList();
        return new Query(
                "knowledge products, q=" + q,
                "/api/v1/knowledge-products?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                products,
                and(terms),
                projection,
                sort,
                0);
    }

    private static void measure(BenchPlatform bench, Query query) throws Exception {
        long matching = query.collection().countDocuments(query.filter());
        Latencies floor = Timed.repeat(WARM_UP, SAMPLES, () -> {
            query.collection()
                    .find(query.filter())
                    .projection(query.projection())
                    .sort(query.sort())
                    .skip(query.page() * PAGE_SIZE)
                    .limit(PAGE_SIZE)
                    .into(new ArrayList<>());
            query.collection().countDocuments(query.filter());
        });
        String url = bench.serviceUrl("events-service") + query.path();
        Latencies http = Timed.repeat(WARM_UP, SAMPLES, () -> bench.get(url));
        double ratio = http.millis(50) / floor.millis(50);
        System.out.printf(
                "  %s: %,d match%n    HTTP   %s   (p50 %.1f× the floor%s)%n    floor  %s%n",
                query.label(), matching, http.summary(), ratio, ratio > 2 ? ", far above it" : "", floor.summary());
    }

    /** Once: the figures over every event (their attendance counters) and good practice, never over participations. */
    private static void statistics(BenchPlatform bench) {
        long begin = System.nanoTime();
        HttpResponse<String> response =
                bench.send(bench.request(bench.serviceUrl("events-service") + "/api/v1/events/statistics")
                        .timeout(Duration.ofMinutes(10))
                        .GET()
                        .build());
        System.out.printf(
                "%n  GET /api/v1/events/statistics once: %d in %.1f s%n",
                response.statusCode(), (System.nanoTime() - begin) / 1e9);
    }
}
