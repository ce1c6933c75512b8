package org.southsouth.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code ./platform --footprint}: starts the platform on ports and a data folder of its own, lets it idle, prints
 * each process's resident memory (and heap used, where the JVM publishes it), stops it, then starts it again on the
 * same data and prints how long each start took to be ready. The folder is deleted at the end.
 */
final class Footprint {

    private static final Duration IDLE = Duration.ofSeconds(20);
    private static final double MB = 1024 * 1024;

    private final PrintStream out;
    private final AtomicReference<Platform> running = new AtomicReference<>();

    private Footprint(PrintStream out) {
        this.out = out;
    }

    static void measure(Path home, Map<String, String> env, boolean demoData, PrintStream out) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("southsouth-footprint-");
        } catch (IOException e) {
            throw new LaunchException("Cannot create a data folder for the measurement: " + e.getMessage());
        }
        Footprint footprint = new Footprint(out);
        Runtime.getRuntime().addShutdownHook(new Thread(footprint::stopRunning));
        try {
            footprint.measure(PlatformSettings.scratch(home, dataDir, env), demoData);
        } finally {
            footprint.stopRunning();
            delete(dataDir);
        }
    }

    private void measure(PlatformSettings settings, boolean demoData) {
        out.println("Footprint: JVM options of each service: " + settings.serviceJavaOptions());
        out.println("First start (data in " + settings.dataDir() + "):");
        long begin = System.nanoTime();
        Platform platform = start(settings);
        double firstStart = secondsSince(begin);
        if (demoData) {
            DemoData.load(settings.home(), platform.gatewayUrl(), platform.admin());
        }
        out.printf("Idling %d s…%n", IDLE.toSeconds());
        sleep(IDLE);
        printMemory(platform);
        stopRunning();
        out.println("Second start on the same data:");
        begin = System.nanoTime();
        start(settings);
        double secondStart = secondsSince(begin);
        stopRunning();
        out.printf(
                "Ready after the first start in %.1f s, after the second start on the same data in %.1f s%n",
                firstStart, secondStart);
    }

    private Platform start(PlatformSettings settings) {
        Platform platform = Platform.prepare(settings, line -> out.println("  " + line.strip()));
        running.set(platform);
        platform.start();
        return platform;
    }

    private void printMemory(Platform platform) {
        out.printf("Memory after %d s idle:%n", IDLE.toSeconds());
        out.printf("  %-34s %8s %14s%n", "process", "RSS MB", "heap used MB");
        for (ServiceProcess service : platform.services()) {
            out.printf(
                    "  %-34s %8s %14s%n",
                    service.name(),
                    megabytes(ProcessMemory.residentBytes(service.handle().pid())),
                    megabytes(HeapUsed.of(service.spec().metricsUrl())));
        }
        Runtime launcher = Runtime.getRuntime();
        out.printf(
                "  %-34s %8s %14s%n",
                "launcher (embedded Kafka, Mongo-wire)",
                megabytes(ProcessMemory.residentBytes(ProcessHandle.current().pid())),
                megabytes(OptionalLong.of(launcher.totalMemory() - launcher.freeMemory())));
        PostgresProcess postgres = platform.infrastructure().embeddedPostgres();
        if (postgres != null) {
            out.printf(
                    "  %-34s %8s %14s%n",
                    "PostgreSQL (all its processes, PSS)",
                    megabytes(ProcessMemory.proportionalBytesOfTree(postgres.handle())),
                    "-");
        }
    }

    private void stopRunning() {
        Platform platform = running.getAndSet(null);
        if (platform != null) {
            platform.close();
        }
    }

    private static String megabytes(OptionalLong bytes) {
        return bytes.isPresent() ? String.format("%.0f", bytes.getAsLong() / MB) : "-";
    }

    private static double secondsSince(long beginNanos) {
        return (System.nanoTime() - beginNanos) / 1e9;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while idling");
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("  ! could not delete " + folder + ": " + e.getMessage());
        }
    }
}
