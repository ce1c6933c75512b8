package org.southsouth.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Watches the services and the embedded PostgreSQL once they are ready, like compose's
 * {@code restart: unless-stopped}: one that exits on its own is reported at once (how it ended, the end of its log,
 * what the gateway now answers) and started again as its {@link RestartPolicy} says, a start that fails counting as a
 * failure too, until it fails too often and is left stopped, which is reported loudly. Its return is reported too.
 * One being stopped is not started again.
 */
final class Supervisor implements AutoCloseable {

    private static final int LOG_LINES = 20;

    private final Duration readyTimeout;
    private final RestartPolicy policy;
    private final Function<String, String> gatewayView;
    private final Consumer<String> console;
    private final ScheduledExecutorService restarts = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "service-restarts");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    /**
     * @param gatewayView what the gateway answers for the named service now, one line for the console
     */
    Supervisor(
            Duration readyTimeout,
            RestartPolicy policy,
            Function<String, String> gatewayView,
            Consumer<String> console) {
        this.readyTimeout = readyTimeout;
        this.policy = policy;
        this.gatewayView = gatewayView;
        this.console = console;
    }

    /** Watches a ready service; the answer completes once its next exit has been dealt with. */
    CompletableFuture<Void> watch(Supervised service) {
        return watch(service, policy.failures());
    }

    private CompletableFuture<Void> watch(Supervised service, RestartPolicy.Failures failures) {
        return service.onExit().thenAccept(ending -> exited(service, ending, failures));
    }

    private void exited(Supervised service, String ending, RestartPolicy.Failures failures) {
        if (closed || service.stopping()) {
            return;
        }
        long diedAt = System.nanoTime();
        String lastWords = service.lastWords(LOG_LINES);
        console.accept(
                "  ✗ " + service.name() + " is down: " + ending + "." + (lastWords.isEmpty() ? "" : " " + lastWords));
        startAgainLater(service, failures, diedAt);
        // Asked after the restart is scheduled: the gateway may take its whole timeout to answer.
        console.accept("    " + gatewayView.apply(service.name()));
    }

    private void startAgainLater(Supervised service, RestartPolicy.Failures failures, long diedAt) {
        Optional<Duration> delay = failures.afterFailure(System.nanoTime());
        if (delay.isEmpty()) {
            giveUp(service);
            return;
        }
        console.accept("  ↻ restarting " + service.name() + " in " + readable(delay.get()));
        try {
            restarts.schedule(
                    () -> restart(service, failures, diedAt), delay.get().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // The platform is being stopped: nothing to start again.
        }
    }

    private void giveUp(Supervised service) {
        console.accept("""
                ==========================================================================================
                ✗ %s failed %d times within %s: NOT RESTARTING IT ANY MORE.
                  The platform goes on without it. See why above, then restart the platform.
                ==========================================================================================""".formatted(service.name(), policy.maxFailures(), readable(policy.window()))
                .indent(2)
                .stripTrailing());
    }

    private void restart(Supervised service, RestartPolicy.Failures failures, long diedAt) {
        if (closed) {
            return;
        }
        try {
            service.restart();
        } catch (LaunchException e) {
            console.accept("  ✗ " + e.getMessage());
            startAgainLater(service, failures, diedAt);
            return;
        }
        watch(service, failures);
        try {
            service.awaitReady(readyTimeout);
        } catch (LaunchException e) {
            // Died while starting: its exit is dealt with like any other. Hanging: killed, so that its exit is.
            if (!closed && service.handle().isAlive()) {
                console.accept("  ✗ " + service.name() + " not ready within " + readable(readyTimeout) + ", killed");
                service.handle().destroyForcibly();
            }
            return;
        }
        console.accept(String.format(
                "  ✓ %s ready again at %s, %.1f s after it died; %s",
                service.name(),
                service.address(),
                (System.nanoTime() - diedAt) / 1e9,
                gatewayView.apply(service.name())));
    }

    private static String readable(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + " ms";
        }
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " minutes" : duration.toSeconds() + " s";
    }

    /** Before the services are stopped, so that their exits start nothing. */
    @Override
    public void close() {
        closed = true;
        restarts.shutdownNow();
    }
}
