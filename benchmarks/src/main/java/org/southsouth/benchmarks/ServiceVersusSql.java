package org.southsouth.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One list query measured twice in the same run, one line each: through the service's HTTP API with the admin
 * token, and as the SQL the service sends for it, straight over JDBC to the same database (the floor). Both
 * report the total, so a line whose totals differ compares two different queries and says so.
 */
final class ServiceVersusSql {

    /** What the service's SQL reads after the page, given the page's ids (e.g. a collection loaded in a batch). */
    @FunctionalInterface
    interface AfterPage {
        void run(Connection connection, List<Object> ids) throws SQLException;
    }

    /** The statements a list endpoint runs: its page (what EXPLAIN shows), its count, and what it loads for the page. */
    record Floor(Sql page, Sql count, AfterPage afterPage) {

        Floor(Sql page, Sql count) {
            this(page, count, (connection, ids) -> {});
        }

        long run(Connection connection) throws SQLException {
            List<Object> ids = page.rows(connection);
            long total = count.number(connection);
            afterPage.run(connection, ids);
            return total;
        }
    }

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 10);
    private static final int MAX_SAMPLES = Integer.getInteger("bench.samples", 200);
    private static final int MIN_SAMPLES = 10;
    /** Runs that time a query before it is measured; they warm up too. */
    private static final int PROBES = 3;
    /** Slow queries get fewer samples so that a run stays within minutes; each line prints its n. */
    private static final double SECONDS_PER_SIDE =
            Double.parseDouble(System.getProperty("bench.secondsPerQuery", "10"));

    private final BenchPlatform bench;
    private final String serviceUrl;
    private final Connection connection;

    /** @param connection to the service's own database */
    ServiceVersusSql(BenchPlatform bench, String service, Connection connection) {
        this.bench = bench;
        this.serviceUrl = bench.serviceUrl(service);
        this.connection = connection;
    }

    static void printMachine(Connection connection) throws SQLException {
        System.out.printf(
                "Machine: %d cores, Java %s; %s; every process (PostgreSQL, Kafka, services, this JVM) shares them%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                new Sql("SELECT split_part(version(), ',', 1)").rows(connection).get(0));
        System.out.printf(
                "Each line: up to %d warm-up runs, then up to %d samples per side, fewer (n, at least %d) when %.0f s"
                        + " would not hold them%n",
                PROBES + WARM_UP, MAX_SAMPLES, MIN_SAMPLES, SECONDS_PER_SIDE);
    }

    static void printHeader() {
        System.out.printf(
                "  %-72s %7s | %-24s | %-24s | %6s%n",
                "query (page size 50 unless said)", "total", "service p50 / p99 ms", "SQL floor p50 / p99 ms", "p50 ×");
    }

    void compare(String label, String path, Floor floor) throws Exception {
        String url = serviceUrl + path;
        long serviceTotal = total(bench.get(url));
        long sqlTotal = floor.run(connection);
        int samples = samples(Timed.repeat(0, PROBES, () -> bench.get(url)).millis(50));
        int warmUp = Math.max(1, Math.min(WARM_UP, samples / 10));
        Latencies service = Timed.repeat(warmUp, samples, () -> bench.get(url));
        Latencies sql = Timed.repeat(PROBES + warmUp, samples, () -> floor.run(connection));
        System.out.printf(
                "  %-72s %7d | %9.1f / %9.1f    | %9.1f / %9.1f    | %6.1f%s%n",
                label,
                serviceTotal,
                service.millis(50),
                service.millis(99),
                sql.millis(50),
                sql.millis(99),
                service.millis(50) / sql.millis(50),
                samples == MAX_SAMPLES ? "" : "  (n=" + samples + ")");
        System.out.println("      plan: " + floor.page().plan(connection));
        if (serviceTotal != sqlTotal) {
            System.out.println(
                    "      ! the service counted " + serviceTotal + ", the SQL " + sqlTotal + ": not the same query");
        }
    }

    private static int samples(double oneRunMillis) {
        long fit = (long) (SECONDS_PER_SIDE * 1000 / Math.max(oneRunMillis, 0.001));
        return (int) Math.min(MAX_SAMPLES, Math.max(MIN_SAMPLES, fit));
    }

    private static long total(String body) {
        Matcher total = TOTAL.matcher(body);
        if (!total.find()) {
            throw new IllegalStateException("No total in " + body);
        }
        return Long.parseLong(total.group(1));
    }
}
