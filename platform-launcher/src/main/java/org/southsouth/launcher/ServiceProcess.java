package org.southsouth.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child process, its output in a log file; started again by the {@link Supervisor} when it
 * exits.
 */
final class ServiceProcess implements Supervised, AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final ServiceSpec spec;
    private final ProcessBuilder command;
    private final Path log;
    private volatile Process process;
    private boolean stopping;
    private String lastReadiness = "no answer yet";

    private ServiceProcess(ServiceSpec spec, ProcessBuilder command, Path log) {
        this.spec = spec;
        this.command = command;
        this.log = log;
    }

    static ServiceProcess start(ServiceSpec spec, PlatformSettings settings, Path logDir) {
        Path jar = spec.jar(settings.home());
        if (!Files.exists(jar)) {
            throw new LaunchException(
                    spec.name() + " is not built: " + jar + " is missing. " + "Run ./mvnw package -DskipTests first.");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(settings.serviceJavaOptions().trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = logDir.resolve(spec.name() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(spec.environment());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(spec.port()));
        // glibc gives each thread that allocates its own arena (64 MB reserved, a few touched): two are plenty here.
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
        // A killed service's Kafka partitions go to its restarted process after 10 s instead of the default 45 s.
        builder.environment().put("KAFKA_SESSION_TIMEOUT_MS", "10000");
        return start(spec, builder, log);
    }

    /** Runs {@code command} (its output already sent to {@code log}) as the service. */
    static ServiceProcess start(ServiceSpec spec, ProcessBuilder command, Path log) {
        ServiceProcess service = new ServiceProcess(spec, command, log);
        service.restart();
        return service;
    }

    /** Starts the service (again, after it exited), unless it is being stopped; its output goes on in the same log. */
    @Override
    public synchronized void restart() {
        if (stopping) {
            return;
        }
        try {
            process = command.start();
        } catch (IOException e) {
            throw new LaunchException("Cannot start " + spec.name() + ": " + e.getMessage());
        }
    }

    /** The running process, e.g. to kill it in a test. */
    @Override
    public ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public CompletableFuture<String> onExit() {
        return process.onExit().thenApply(ended -> ExitCode.describe(ended.exitValue()));
    }

    @Override
    public synchronized boolean stopping() {
        return stopping;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public String address() {
        return spec.url();
    }

    @Override
    public String lastWords(int lines) {
        return "End of " + log + ":\n" + tail(lines).indent(6).stripTrailing();
    }

    ServiceSpec spec() {
        return spec;
    }

    Path log() {
        return log;
    }

    /** Waits until the service reports ready; fails with the end of its log if it dies or takes too long. */
    @Override
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI ready = URI.create(spec.readinessUrl());
        Process starting = process;
        while (System.nanoTime() < deadline) {
            if (!starting.isAlive()) {
                throw new LaunchException(spec.name() + " stopped during start-up (exit " + starting.exitValue() + "). "
                        + "End of " + log + ":\n" + tail(12));
            }
            if (isReady(ready)) {
                return;
            }
            sleep(250);
        }
        throw new LaunchException(spec.name() + " was not ready within " + timeout.toSeconds()
                + " s (last readiness answer: " + lastReadiness + "). End of " + log + ":\n" + tail(12));
    }

    private boolean isReady(URI ready) {
        try {
            HttpRequest request = HttpRequest.newBuilder(ready)
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            lastReadiness = response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
            return response.statusCode() == 200;
        } catch (IOException e) {
            lastReadiness = e.toString();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for " + ready);
        }
    }

    /** The end of the log without stack frames: the messages say what failed, the frames only add noise. */
    String tail(int count) {
        try {
            List<String> lines = Files.readAllLines(log).stream()
                    .filter(line -> !line.stripLeading().startsWith("at ")
                            && !line.stripLeading().startsWith("... "))
                    .toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Asks the service to stop (SIGTERM, so it shuts down cleanly), and kills it if it has not within 15 s. */
    @Override
    public void close() {
        Process process;
        synchronized (this) {
            stopping = true;
            process = this.process;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted during start-up");
        }
    }
}
