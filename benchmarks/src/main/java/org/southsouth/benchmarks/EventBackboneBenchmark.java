package org.southsouth.benchmarks;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.southsouth.backbone.postgres.OutboxRelay;
import org.southsouth.backbone.postgres.OutboxWriter;
import org.southsouth.backbone.postgres.RelaySettings;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.EmbeddedPostgresServer;
import org.southsouth.launcher.Platform;

/**
 * Event backbone figures, each beside its baseline from the same run on the same broker and database:
 * propagation latency (write accepted by partner-service → visible in volunteer-service's replica) beside raw
 * Kafka producer→consumer latency at the same rate, and outbox throughput beside plain inserts into the same
 * table.
 */
public final class EventBackboneBenchmark {

    /** Writes per second at which propagation is measured; each rate gets its own raw Kafka baseline. */
    private static final List<Integer> RATES = Arrays.stream(
                    System.getProperty("bench.rates", "20,200").split(","))
            .map(String::trim)
            .map(Integer::valueOf)
            .toList();
    /** Writes per rate: at least {@code bench.messages}, and ten seconds' worth at the higher rates. */
    private static final int MESSAGES = Integer.getInteger("bench.messages", 400);

    private static final int ROWS = Integer.getInteger("bench.rows", 5_000);
    private static final int WARM_UP = 40;
    /**
     * Writes made once, at {@link #JIT_WARM_UP_RATE}, before anything is measured, so that the figures are those of a
     * running platform rather than of JIT compilers at work: after only the 40 writes of a rate's warm-up, the
     * compiler threads took a third of the CPU of the 20 writes/s run (JFR), and three runs of 400 writes at 20/s in a
     * row gave p99 272, 106 and 46 ms. 0 measures the platform as started.
     */
    private static final int JIT_WARM_UP = Integer.getInteger("bench.jitWarmUp", 1_500);

    private static final int JIT_WARM_UP_RATE = 30;
    private static final Duration IDLE_SETTLE = Duration.ofSeconds(20);
    private static final Duration IDLE_MEASURED = Duration.ofSeconds(20);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EventBackboneBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchPlatform bench = BenchPlatform.start()) {
            Platform platform = bench.platform();
            if (JIT_WARM_UP > 0) {
                System.out.printf(
                        "%nWarm-up, not a figure: %d writes at %d/s%n  %s%n",
                        JIT_WARM_UP, JIT_WARM_UP_RATE, propagation(bench, JIT_WARM_UP_RATE, JIT_WARM_UP));
            }
            System.out.println(idle());
            for (int rate : RATES) {
                int messages = Math.max(MESSAGES, rate * 10);
                System.out.printf("%nEvent propagation at %d writes/s, %d writes%n", rate, messages);
                String raw = RawKafka.latency(platform.infrastructure().kafkaBootstrap(), rate, messages);
                String propagation = propagation(bench, rate, messages);
                System.out.println("  raw Kafka producer→consumer (acks=all)        " + raw);
                System.out.println("  write accepted → visible in the other service " + propagation);
            }

            System.out.printf("%nOutbox throughput, %d rows, one transaction each%n", ROWS);
            String jdbcUrl = platform.infrastructure().createDatabase("bench_outbox");
            try (Connection connection = connect(jdbcUrl)) {
                createOutboxTables(connection);
            }
            double tiny = plainInserts(jdbcUrl, i -> "{\"n\":" + i + "}");
            double plain = plainInserts(
                    jdbcUrl, i -> new String(EventCodec.encode(event(UUID.randomUUID(), i)), StandardCharsets.UTF_8));
            double outbox = outboxThroughput(jdbcUrl, platform.infrastructure().kafkaBootstrap());
            System.out.printf("  plain INSERT into outbox_event, 9-byte body  %8.0f rows/s%n", tiny);
            System.out.printf("  plain INSERT of the same event rows          %8.0f rows/s%n", plain);
            System.out.printf(
                    "  outbox append + relay to Kafka (all acked)   %8.0f events/s  (%.0f%% of plain inserts of the"
                            + " same rows, %.0f%% of 9-byte ones)%n",
                    outbox, 100 * outbox / plain, 100 * outbox / tiny);
        }
    }

    /**
     * CPU the platform spends with no write at all (pollers, relays, housekeeping, consumers' polls), measured after
     * the services have settled: what every write's latency competes with on a small machine.
     */
    private static String idle() throws InterruptedException {
        Thread.sleep(IDLE_SETTLE.toMillis());
        ProcessCpu before = ProcessCpu.now();
        long begin = System.nanoTime();
        Thread.sleep(IDLE_MEASURED.toMillis());
        Duration wall = Duration.ofNanos(System.nanoTime() - begin);
        return String.format(
                "%nIdle, no writes for %d s, then %d s measured: CPU %s",
                IDLE_SETTLE.toSeconds(),
                IDLE_MEASURED.toSeconds(),
                ProcessCpu.now().perSecondSince(before, wall));
    }

    /**
     * Writes are sent without waiting for the previous answer, so the rate holds however long one takes; a write
     * counts from its 201 and is visible when volunteer-service's GET answers 200 (a GET answered otherwise is sent
     * again at the poller's next look, and writes never seen are counted and printed). The poller asks volunteer-service
     * only for organizations its replica has committed ({@link ReplicaCommits}), so each GET is the one a client would
     * make once the change is there: GETs of organizations not there yet, back to back, kept a core busy with 404s and
     * measured that instead (p99 at 20 writes/s 1,151 ms with them, 250 ms without, in two runs on the same loaded
     * machine).
     */
    private static String propagation(BenchPlatform bench, int rate, int messages) throws Exception {
        String partnerUrl = bench.serviceUrl("partner-service");
        String volunteerUrl = bench.serviceUrl("volunteer-service");
        Latencies latencies = new Latencies();
        Map<String, Long> pending = new ConcurrentHashMap<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        String replica = bench.jdbcUrl("volunteer");
        Thread poller = new Thread(() -> {
            try (ReplicaCommits commits = ReplicaCommits.listen(replica)) {
                while (polling.get()) {
                    for (String id : commits.await(2)) {
                        Long accepted = pending.get(id);
                        if (accepted != null && get(bench, volunteerUrl + "/api/v1/host-organizations/" + id) == 200) {
                            latencies.add(System.nanoTime() - accepted);
                            pending.remove(id);
                            commits.forget(id);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The replica's commits could not be followed", e);
            }
        });
        poller.start();
        // Warm-up, as for raw Kafka: topics, consumer groups and JIT settle before anything is measured.
        Pacing.paced(rate, WARM_UP, i -> write(bench, partnerUrl, pending, "Warm-up organization " + rate + "-" + i));
        Pacing.awaitCount(latencies, WARM_UP);
        latencies.clear();
        ProcessCpu before = ProcessCpu.now();
        long begin = System.nanoTime();
        Pacing.paced(
                rate, messages, i -> write(bench, partnerUrl, pending, "Benchmark organization " + rate + "-" + i));
        Pacing.awaitCount(latencies, messages);
        Duration wall = Duration.ofNanos(System.nanoTime() - begin);
        polling.set(false);
        poller.join();
        int unmeasured = messages - latencies.count();
        return latencies.summary() + (unmeasured > 0 ? "  NOT MEASURED: " + unmeasured + " writes" : "")
                + System.lineSeparator() + "    CPU: " + ProcessCpu.now().perWriteSince(before, messages, wall);
    }

    private static void write(BenchPlatform bench, String partnerUrl, Map<String, Long> pending, String name) {
        HTTP.sendAsync(
                        bench.request(partnerUrl + "/api/v1/organizations")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"name\":\"" + name + "\",\"type\":\"22\",\"country\":\"KE\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .thenAccept(created -> {
                    long accepted = System.nanoTime();
                    Matcher id = ID.matcher(created.body());
                    if (created.statusCode() == 201 && id.find()) {
                        pending.put(id.group(1), accepted);
                    } else {
                        System.out.println("  ! write refused: " + created.statusCode() + " " + created.body());
                    }
                });
    }

    /** Rows of {@code envelope(i)} inserted one transaction each, per second; the same table, no outbox. */
    private static double plainInserts(String jdbcUrl, IntFunction<String> envelope) throws Exception {
        try (Connection connection = connect(jdbcUrl)) {
            connection.setAutoCommit(false);
            long begin = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO outbox_event"
                            + " (event_id, topic, aggregate_id, relay_slot, envelope) VALUES (?, 'bench.plain', ?, 0, ?::jsonb)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, "aggregate-" + (i % 100));
                    insert.setString(3, envelope.apply(i));
                    insert.executeUpdate();
                    connection.commit();
                }
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM outbox_event");
            }
            connection.commit();
            return ROWS / seconds;
        }
    }

    private static double outboxThroughput(String jdbcUrl, String bootstrap) throws Exception {
        AgroalDataSource dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(10)
                        .connectionFactoryConfiguration(factory ->
                                factory.jdbcUrl(jdbcUrl).principal(new NamePrincipal(EmbeddedPostgresServer.USER)))));
        OutboxWriter writer =
                new OutboxWriter(dataSource, RelaySettings.defaults().slots());
        try (OutboxRelay relay =
                        new OutboxRelay(dataSource, Map.of("bootstrap.servers", bootstrap), RelaySettings.defaults());
                Connection connection = dataSource.getConnection()) {
            relay.start();
            connection.setAutoCommit(false);
            long begin = System.nanoTime();
            for (int i = 0; i < ROWS; i++) {
                writer.append(connection, "bench.outbox", event(UUID.randomUUID(), i));
                connection.commit();
            }
            while (relay.published() < ROWS) {
                Thread.sleep(5);
            }
            return ROWS / ((System.nanoTime() - begin) / 1e9);
        } finally {
            dataSource.close();
        }
    }

    private static EventEnvelope event(UUID id, int i) {
        OrganizationV1 state = new OrganizationV1(
                id, "Organization " + i, null, "22", "KE", "Africa", "ACTIVE", false, List.of(), null, Instant.now());
        return EventEnvelope.of(PartnerEvents.ORGANIZATION_UPDATED, id.toString(), 1, state);
    }

    private static void createOutboxTables(Connection connection) throws Exception {
        for (String migration : List.of("V0_1__event_backbone.sql", "V0_1_1__outbox_trace_context.sql")) {
            try (InputStream in = OutboxRelay.class.getResourceAsStream("/db/backbone/" + migration);
                    Statement statement = connection.createStatement()) {
                statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static Connection connect(String jdbcUrl) throws Exception {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.USER, "");
    }

    private static int get(BenchPlatform bench, String url) {
        try {
            return HTTP.send(bench.request(url).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
