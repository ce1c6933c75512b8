package org.southsouth.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;

/**
 * The impact answer as participations and service hours grow: the same network (10k organizations, 100k volunteers,
 * 20k events) seeded with 10 000 participations and the seed's hour entries, then with 1 000 000 participations and
 * 1 000 000 hour entries, {@code GET /api/v1/impact} through the gateway and each statistics source it composes
 * measured at both, and the ratio of the two. Beside them, at both scales, the previous design's volunteer statistics
 * (every hour entry and attendance recounted per request, {@link PreviousVolunteerStatistics}) timed straight over
 * JDBC, so the baseline comes from the same run.
 */
public final class ImpactBenchmark {

    private static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 10_000);
    private static final int PARTNERSHIPS = Integer.getInteger("bench.partnerships", 30_000);
    private static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 100_000);
    private static final int HOST_ORGANIZATIONS = Integer.getInteger("bench.hostOrganizations", 2_000);
    private static final int EVENTS = Integer.getInteger("bench.events", 20_000);
    private static final int KNOWLEDGE_PRODUCTS = Integer.getInteger("bench.knowledge", 10_000);
    private static final List<Integer> SCALES = List.of(
            Integer.getInteger("bench.fewParticipations", 10_000),
            Integer.getInteger("bench.manyParticipations", 1_000_000));
    private static final int HOUR_ENTRIES = Integer.getInteger("bench.hourEntries", 1_000_000);
    private static final String PREVIOUS_VOLUNTEERS = "  previous design: volunteer statistics SQL, recounting (JDBC)";
    private static final String PREVIOUS_EVENTS = "  previous design: every event and practice read (driver)";
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 3);
    /** Per request row: at 200 the p99 is the third-slowest sample, not the slowest of 20. */
    private static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    /** The previous design's recounts take up to seconds at 1M; their p50 is the comparison. */
    private static final int BASELINE_SAMPLES = Integer.getInteger("bench.baselineSamples", 20);

    private static final int INSERT_BATCH = 5_000;
    /** events-service's quarkus.mongodb.database; the launcher does not override it. */
    private static final String EVENTS_DATABASE = "events";

    private static final Pattern FIGURE =
            Pattern.compile("\"(organizationsConnected|visitsHosted|delegatesHosted|expertsSent"
                    + "|volunteersEngaged|volunteersDeployed|serviceHours)\"\\s*:\\s*([0-9.]+|null)");
    private static final Pattern COMPLETE = Pattern.compile("\"complete\"\\s*:\\s*true");
    /** Held so the level sticks: the stand-in warns of each secondary index it ignores. */
    private static final Logger STAND_IN_LOG = Logger.getLogger("de.bwaldvogel");

    /** A request measured at every scale: through the gateway, or one statistics source straight at its service. */
    private record Request(String label, String service, String path) {}

    private static final List<Request> REQUESTS = List.of(
            new Request("impact, no filter", null, "/api/v1/impact"),
            new Request(
                    "impact, breakdown=sdg,year,month,country,region",
                    null,
                    "/api/v1/impact?breakdown=sdg,year,month,country,region"),
            new Request(
                    "impact, from=2024-01-01&to=2024-12-31&region=AFRICA",
                    null,
                    "/api/v1/impact?from=2024-01-01&to=2024-12-31&region=AFRICA"),
            new Request("impact, sdg=4&country=KE", null, "/api/v1/impact?sdg=4&country=KE"),
            new Request("  source: organizations/statistics", "partner-service", "/api/v1/organizations/statistics"),
            new Request("  source: partnerships/statistics", "partner-service", "/api/v1/partnerships/statistics"),
            new Request("  source: events/statistics", "events-service", "/api/v1/events/statistics"),
            new Request("  source: volunteers/statistics", "volunteer-service", "/api/v1/volunteers/statistics"));

    private ImpactBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.out.println("""
                Events and participations live in mongo-java-server (memory backend), the in-memory Java stand-in for MongoDB
                inside this benchmark's JVM; it keeps only unique indexes, so every other filter scans. Organizations,
                volunteers, deployments, hours and volunteer-service's copy of volunteers' participations are in PostgreSQL.""");
        STAND_IN_LOG.setLevel(Level.SEVERE);
        try (BenchPlatform bench = BenchPlatform.start();
                MongoClient mongo = MongoClients.create(bench.mongoUri())) {
            Runtime.getRuntime().addShutdownHook(new Thread(bench::close));
            String partnerDatabase = bench.jdbcUrl("partner");
            String volunteerDatabase = bench.jdbcUrl("volunteer");
            long begin = System.nanoTime();
            PartnerSeed.seed(partnerDatabase, ORGANIZATIONS, PARTNERSHIPS);
            rollupTriggers(volunteerDatabase, "DISABLE");
            VolunteerSeed.seed(volunteerDatabase, VOLUNTEERS, HOST_ORGANIZATIONS);
            System.out.printf(
                    "Seeded %,d organizations, %,d partnerships and %,d volunteers with their deployments and hours"
                            + " straight into the services' databases with SQL in %.0f s%n",
                    ORGANIZATIONS, PARTNERSHIPS, VOLUNTEERS, (System.nanoTime() - begin) / 1e9);
            List<UUID> organizations = ids(partnerDatabase, "SELECT id FROM organization ORDER BY created_at, id");
            List<UUID> volunteers =
                    ids(volunteerDatabase, "SELECT id FROM volunteer WHERE status <> 'ERASED' ORDER BY id");
            MongoDatabase events = mongo.getDatabase(EVENTS_DATABASE);

            Map<Integer, Map<Request, Latencies>> measured = new LinkedHashMap<>();
            Map<Integer, Map<Request, Integer>> incomplete = new LinkedHashMap<>();
            for (int participations : SCALES) {
                seedEvents(
                        events,
                        volunteerDatabase,
                        organizations,
                        volunteers,
                        participations,
                        measured.isEmpty() ? KNOWLEDGE_PRODUCTS : 0);
                if (!measured.isEmpty()) {
                    topUpHours(volunteerDatabase);
                }
                refillRollups(volunteerDatabase);
                awaitEventSummaries(events);
                System.out.printf(
                        "Measuring, %d warm-up runs then %d samples per request (%d per previous design);"
                                + " load average %.1f%n",
                        WARM_UP, SAMPLES, BASELINE_SAMPLES, load());
                Map<Request, Latencies> latencies = new LinkedHashMap<>();
                Map<Request, Integer> cutShort = new LinkedHashMap<>();
                for (Request request : REQUESTS) {
                    String url = (request.service() == null ? bench.gatewayUrl() : bench.serviceUrl(request.service()))
                            + request.path();
                    AtomicInteger missing = new AtomicInteger();
                    Latencies measuredRequest = Timed.repeat(WARM_UP, SAMPLES, () -> {
                        String answer = bench.get(url);
                        if (request.service() == null
                                && !COMPLETE.matcher(answer).find()) {
                            missing.incrementAndGet();
                        }
                    });
                    latencies.put(request, measuredRequest);
                    cutShort.put(request, missing.get());
                    System.out.printf(
                            "  %-52s %s; load average %.1f%n", request.label(), measuredRequest.summary(), load());
                }
                try (Connection connection = Sql.connect(volunteerDatabase)) {
                    Latencies previous =
                            Timed.repeat(WARM_UP, BASELINE_SAMPLES, () -> PreviousVolunteerStatistics.run(connection));
                    latencies.put(new Request(PREVIOUS_VOLUNTEERS, "volunteer-service", null), previous);
                    System.out.printf(
                            "  %-52s %s; load average %.1f%n", PREVIOUS_VOLUNTEERS, previous.summary(), load());
                }
                Latencies previousEvents =
                        Timed.repeat(WARM_UP, BASELINE_SAMPLES, () -> readEveryEventAndPractice(events));
                latencies.put(new Request(PREVIOUS_EVENTS, "events-service", null), previousEvents);
                System.out.printf("  %-52s %s; load average %.1f%n", PREVIOUS_EVENTS, previousEvents.summary(), load());
                measured.put(participations, latencies);
                incomplete.put(participations, cutShort);
                System.out.println("  the answer: " + figures(bench.get(bench.gatewayUrl() + "/api/v1/impact")));
            }
            print(measured, incomplete);
        }
    }

    /** The machine's one-minute load average, printed beside each phase's figures. */
    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * The reads of events-service's statistics before its months' and years' summaries, without a filter: the
     * statistical fields of every counted event and the goals of every published good practice, sent with the driver
     * and read through (the service then tallied them in one pass).
     */
    private static void readEveryEventAndPractice(MongoDatabase events) {
        events.getCollection("events")
                .find(Filters.in("status", "OPEN", "CLOSED", "COMPLETED"))
                .projection(Projections.include(
                        "kind", "country", "sdgs", "year", "month", "status", "attendedByRole", "expertsFromAbroad"))
                .forEach(event -> {});
        events.getCollection("knowledge_products")
                .find(Filters.and(
                        Filters.eq("kind", "GOOD_PRACTICE"), Filters.in("reviewStatus", "PUBLISHED", "ARCHIVED")))
                .projection(Projections.include("sdgs"))
                .forEach(practice -> {});
    }

    /**
     * volunteer-service's statistics rollup triggers (migrations V9, V10, V13) switched off or on: a million rows seeded
     * row by row through them would take most of the run, so seeding goes without them and the rollups are refilled
     * from the records once seeded ({@link #refillRollups}), as a bulk load would do.
     */
    private static void rollupTriggers(String volunteerDatabase, String action) throws Exception {
        try (Connection connection = Sql.connect(volunteerDatabase)) {
            Sql.execute(
                    connection,
                    "ALTER TABLE service_hours " + action + " TRIGGER service_hours_rollup;"
                            + " ALTER TABLE service_hours_sdg " + action + " TRIGGER service_hours_sdg_rollup;"
                            + " ALTER TABLE deployment " + action + " TRIGGER deployment_country_rollup;"
                            + " ALTER TABLE deployment " + action + " TRIGGER deployment_served_rollup;"
                            + " ALTER TABLE deployment " + action + " TRIGGER deployment_served_update_rollup;"
                            + " ALTER TABLE deployment_sdg " + action + " TRIGGER deployment_sdg_rollup;"
                            + " ALTER TABLE participation " + action + " TRIGGER participation_rollup;"
                            + " ALTER TABLE volunteer " + action + " TRIGGER volunteer_registration_rollup;");
        }
    }

    /** The rollups filled again from the seeded records, the triggers back on, and the tables vacuumed and analysed. */
    private static void refillRollups(String volunteerDatabase) throws Exception {
        long begin = System.nanoTime();
        try (Connection connection = Sql.connect(volunteerDatabase)) {
            Sql.execute(connection, "SELECT refill_statistics_rollups()");
            Sql.execute(
                    connection,
                    "VACUUM ANALYZE hours_by_month, engagement_by_month, distinct_volunteers, distinct_volunteer_counts,"
                            + " registrations_by_month");
        }
        rollupTriggers(volunteerDatabase, "ENABLE");
        System.out.printf(
                "  volunteer-service's statistics rollups refilled in %.0f s%n", (System.nanoTime() - begin) / 1e9);
    }

    /**
     * events-service's months' statistics counted from the seeded events, as its first read after a bulk load does
     * (the seeder drops them: the events came in around the service's writes).
     */
    /**
     * Waits until events-service's housekeeping has counted its statistics of months and years again (the seeder
     * dropped them; until then every request counts from the events, and no reader fills them).
     */
    static void awaitEventSummaries(MongoDatabase events) throws InterruptedException {
        long begin = System.nanoTime();
        for (String collection : List.of("statistics_months", "statistics_good_practice_years")) {
            while (events.getCollection(collection)
                            .find(Filters.eq("_id", "filled"))
                            .first()
                    == null) {
                if (System.nanoTime() - begin > 600e9) {
                    throw new IllegalStateException("events-service did not count " + collection + " in 10 minutes");
                }
                Thread.sleep(200);
            }
        }
        System.out.printf(
                "  events-service's statistics of months and years counted by its housekeeping %.1f s after the seeding%n",
                (System.nanoTime() - begin) / 1e9);
    }

    /**
     * Adds hour entries until there are {@code bench.hourEntries}: copies of the seeded ones a week, two and three
     * weeks later (a day's hours every week or so of a deployment), with their goals.
     */
    private static void topUpHours(String volunteerDatabase) throws Exception {
        long begin = System.nanoTime();
        try (Connection connection = Sql.connect(volunteerDatabase)) {
            long present = new Sql("SELECT count(*) FROM service_hours").number(connection);
            Sql.execute(
                    connection,
                    "CREATE TEMP TABLE extra_hours AS SELECT gen_random_uuid() AS id, h.id AS copy_of, h.volunteer_id,"
                            + " h.organization_id, h.served_on + 7 * k AS served_on, h.hours, h.deployment_id,"
                            + " h.verified FROM service_hours h CROSS JOIN generate_series(1, 3) k"
                            + " ORDER BY k, h.id LIMIT " + Math.max(0, HOUR_ENTRIES - present));
            Sql.execute(
                    connection,
                    "INSERT INTO service_hours (id, volunteer_id, organization_id, served_on, hours, activity,"
                            + " deployment_id, verified, verified_at, verified_by, version, created_at, updated_at)"
                            + " SELECT id, volunteer_id, organization_id, served_on, hours, 'Field work',"
                            + " deployment_id, verified, CASE WHEN verified THEN served_on + 7 END,"
                            + " CASE WHEN verified THEN 'coordinator' END, 1, served_on + 1,"
                            + " served_on + CASE WHEN verified THEN 7 ELSE 1 END FROM extra_hours;"
                            + " INSERT INTO service_hours_sdg (service_hours_id, sdg) SELECT e.id, s.sdg"
                            + " FROM extra_hours e JOIN service_hours_sdg s ON s.service_hours_id = e.copy_of;"
                            + " DROP TABLE extra_hours; ANALYZE service_hours; ANALYZE service_hours_sdg;");
            System.out.printf(
                    "  %,d hour entries (%,d added) in %.0f s%n",
                    new Sql("SELECT count(*) FROM service_hours").number(connection),
                    Math.max(0, HOUR_ENTRIES - present),
                    (System.nanoTime() - begin) / 1e9);
        }
    }

    /** Empties events and participations (indexes stay), then seeds the same events with this many participations. */
    private static void seedEvents(
            MongoDatabase events,
            String volunteerDatabase,
            List<UUID> organizations,
            List<UUID> volunteers,
            int participations,
            int knowledgeProducts)
            throws Exception {
        System.out.printf(
                "%nSeeding %,d events with %,d participations (volunteers' ones also into volunteer-service's copy)…%n",
                EVENTS, participations);
        long begin = System.nanoTime();
        rollupTriggers(volunteerDatabase, "DISABLE");
        events.getCollection("events").deleteMany(new Document());
        events.getCollection("participations").deleteMany(new Document());
        try (Connection connection = Sql.connect(volunteerDatabase);
                VolunteerParticipations replica = new VolunteerParticipations(connection)) {
            Sql.execute(connection, "DELETE FROM participation");
            EventsSeeder.Dataset data = new EventsSeeder(events, organizations, volunteers, replica::add)
                    .seed(EVENTS, participations, knowledgeProducts);
            replica.flush();
            Sql.execute(connection, "ANALYZE participation");
            System.out.printf(
                    "  %,d events, %,d participations (%,d of volunteers), seeded in %.0f s%n",
                    data.events(), data.participations(), replica.written, (System.nanoTime() - begin) / 1e9);
        }
    }

    private static List<UUID> ids(String jdbcUrl, String sql) throws Exception {
        try (Connection connection = Sql.connect(jdbcUrl)) {
            return new Sql(sql).rows(connection).stream().map(UUID.class::cast).toList();
        }
    }

    /** The headline figures of an answer, and whether it is complete (no figure missing). */
    private static String figures(String impact) {
        List<String> figures = new ArrayList<>();
        Matcher figure = FIGURE.matcher(impact);
        while (figure.find()) {
            figures.add(figure.group(1) + "=" + figure.group(2));
        }
        return String.join(", ", figures)
                + (COMPLETE.matcher(impact).find() ? " (complete)" : " (INCOMPLETE: " + impact + ")");
    }

    /** {@code incomplete}: answers (warm-up runs included) in which a figure was missing, e.g. a source over the timeout. */
    private static void print(
            Map<Integer, Map<Request, Latencies>> measured, Map<Integer, Map<Request, Integer>> incomplete) {
        List<Integer> scales = List.copyOf(measured.keySet());
        int few = scales.get(0);
        int many = scales.get(scales.size() - 1);
        System.out.printf("%nLatency in ms (p50 / p99); ratio = p50 at %,d participations ÷ p50 at %,d%n", many, few);
        System.out.printf(
                "%-52s %22s %22s %8s   %s%n",
                "request", String.format("%,d", few), String.format("%,d", many), "ratio", "answers missing a figure");
        for (Request request : measured.get(few).keySet()) {
            Latencies small = measured.get(few).get(request);
            Latencies large = measured.get(many).get(request);
            String cutShort = request.service() != null
                    ? ""
                    : incomplete.get(few).get(request) + " / "
                            + incomplete.get(many).get(request) + " of " + (WARM_UP + SAMPLES);
            System.out.printf(
                    "%-52s %10.1f / %9.1f %10.1f / %9.1f %7.2f×   %s%n",
                    request.label(),
                    small.millis(50),
                    small.millis(99),
                    large.millis(50),
                    large.millis(99),
                    large.millis(50) / small.millis(50),
                    cutShort);
        }
    }

    /** volunteer-service's copy of the volunteers' participations, as its consumer writes them from events-service's events. */
    private static final class VolunteerParticipations implements AutoCloseable {

        private final PreparedStatement insert;
        private int pending;
        private int written;

        VolunteerParticipations(Connection connection) throws Exception {
            insert = connection.prepareStatement(
                    "INSERT INTO participation (id, event_id, event_kind, event_country, volunteer_id,"
                            + " role, status, sequence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)");
        }

        void add(Document participation) {
            try {
                insert.setObject(1, UUID.fromString(participation.getString("_id")));
                insert.setObject(2, UUID.fromString(participation.getString("eventId")));
                insert.setString(3, participation.getString("eventKind"));
                insert.setString(4, participation.getString("eventCountry"));
                insert.setObject(5, UUID.fromString(participation.getString("volunteerId")));
                insert.setString(6, participation.getString("role"));
                insert.setString(7, participation.getString("status"));
                insert.setTimestamp(
                        8, new Timestamp(participation.getDate("updatedAt").getTime()));
                insert.addBatch();
                if (++pending == INSERT_BATCH) {
                    flush();
                }
            } catch (Exception e) {
                throw new IllegalStateException(
                        "Copying a participation to volunteer-service failed: " + e.getMessage(), e);
            }
        }

        void flush() throws Exception {
            if (pending > 0) {
                insert.executeBatch();
                written += pending;
                pending = 0;
            }
        }

        @Override
        public void close() throws Exception {
            insert.close();
        }
    }
}
