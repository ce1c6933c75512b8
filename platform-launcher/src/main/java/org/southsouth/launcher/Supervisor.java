package org.southsouth.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches the services once they are ready, like compose's {@code restart: unless-stopped}: a service that exits on
 * its own is reported at once (exit code, end of its log) and started again as its {@link RestartPolicy} says, until
 * it fails too often and is left stopped, which is reported too. A service being stopped is not started again.
 */
final class Supervisor implements AutoCloseable {

    private static final int LOG_LINES = 20;

    private final Duration readyTimeout;
    private final Consumer<String> console;
    private final ScheduledExecutorService restarts = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "service-restarts");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    Supervisor(Duration readyTimeout, Consumer<String> console) {
        this.readyTimeout = readyTimeout;
        this.console = console;
    }

    void watch(ServiceProcess service) {
        watch(service, new RestartPolicy());
    }

    private void watch(ServiceProcess service, RestartPolicy policy) {
        service.onExit().thenAccept(exitCode -> exited(service, exitCode, policy));
    }

    private void exited(ServiceProcess service, int exitCode, RestartPolicy policy) {
        if (closed || service.stopping()) {
            return;
        }
        String name = service.spec().name();
        console.accept("  ✗ " + name + " exited unexpectedly (exit code " + exitCode + "). End of " + service.log() + ":\n"
                + service.tail(LOG_LINES).indent(6).stripTrailing());
        Optional<Duration> delay = policy.afterFailure(System.nanoTime());
        if (delay.isEmpty()) {
            console.accept("  ✗ " + name + " failed " + RestartPolicy.MAX_FAILURES + " times within "
                    + RestartPolicy.WINDOW.toMinutes() + " minutes: not restarting it any more. See its log, then restart the platform.");
            return;
        }
        console.accept("  ↻ restarting " + name + " in " + delay.get().toSeconds() + " s");
        restarts.schedule(() -> restart(service, policy), delay.get().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(ServiceProcess service, RestartPolicy policy) {
        if (closed) {
            return;
        }
        long begin = System.nanoTime();
        try {
            service.restart();
        } catch (LaunchException e) {
            console.accept("  ✗ " + e.getMessage() + ": not restarting it any more.");
            return;
        }
        watch(service, policy);
        try {
            service.awaitReady(readyTimeout);
            console.accept(String.format("  ✓ %-17s %-28s %5.1f s (restarted)", service.spec().name(), service.spec().url(),
                    (System.nanoTime() - begin) / 1e9));
        } catch (LaunchException e) {
            // Died while starting: its exit is handled like any other. Hanging: killed, so that its exit is.
            if (!closed) {
                service.handle().destroyForcibly();
            }
        }
    }

    /** Before the services are stopped, so that their exits start nothing. */
    @Override
    public void close() {
        closed = true;
        restarts.shutdownNow();
    }
}
