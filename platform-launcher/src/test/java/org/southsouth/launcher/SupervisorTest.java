package org.southsouth.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervision of real child processes ({@code sh}), which stand in for the services; their readiness is a
 * health endpoint served by the test that always answers 200, as a ready service's does.
 */
class SupervisorTest {

    private static final RestartPolicy QUICK =
            new RestartPolicy(Duration.ofMillis(10), Duration.ofMillis(40), 3, Duration.ofMinutes(10));
    private static final Duration AT_MOST = Duration.ofMinutes(1);

    private final BlockingQueue<String> console = new LinkedBlockingQueue<>();
    private final Supervisor supervisor =
            new Supervisor(AT_MOST, QUICK, name -> "gateway readiness: " + name + ": …", console::add);
    private HttpServer health;

    @TempDir
    Path logs;

    @BeforeEach
    void serveReadiness() throws IOException {
        health = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        health.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        health.start();
    }

    @AfterEach
    void stop() {
        supervisor.close();
        health.stop(0);
    }

    @Test
    void aKilledServiceIsReportedAtOnceAndStartedAgainUntilReady() throws Exception {
        try (ServiceProcess service = start("volunteer-service", "exec sleep 600")) {
            ProcessHandle killed = service.handle();
            supervisor.watch(service);
            killed.destroyForcibly();

            String down = awaitLine("is down");
            assertTrue(down.contains("volunteer-service is down: killed by SIGKILL (exit code 137"), down);
            List<String> meanwhile = linesUntil("ready again");
            assertTrue(meanwhile.contains("  ↻ restarting volunteer-service in 10 ms"), meanwhile.toString());
            assertTrue(
                    meanwhile.contains("    gateway readiness: volunteer-service: …"),
                    "what callers meet: " + meanwhile);
            String back = meanwhile.get(meanwhile.size() - 1);
            assertTrue(back.contains("volunteer-service ready again"), back);
            assertNotEquals(killed.pid(), service.handle().pid(), "a new process");
            assertTrue(service.handle().isAlive());
        }
    }

    @Test
    void aServiceThatKeepsFailingIsLeftStoppedAndThatIsSaidLoudly() throws Exception {
        try (ServiceProcess service = start("events-service", "echo 'cannot reach the database'; exit 3")) {
            supervisor.watch(service);

            String down = awaitLine("is down");
            assertTrue(down.contains("events-service is down: exited with code 3"), down);
            assertTrue(down.contains("cannot reach the database"), "the end of its log: " + down);
            String givenUp = awaitLine("NOT RESTARTING");
            assertTrue(givenUp.contains("events-service failed 3 times within 10 minutes"), givenUp);
            assertEquals(3, Files.readAllLines(service.log()).size(), "started once and again twice, then left");
        }
    }

    @Test
    void aServiceThatCannotBeStartedAgainIsTriedUnderThePolicyThenLeftStopped() throws Exception {
        Path program = logs.resolve("webhook-service.sh");
        Files.writeString(program, "#!/bin/sh\nexec sleep 600\n");
        assertTrue(program.toFile().setExecutable(true));
        try (ServiceProcess service = start("webhook-service", new ProcessBuilder(program.toString()))) {
            supervisor.watch(service);
            Files.delete(program);
            service.handle().destroyForcibly();

            awaitLine("webhook-service is down");
            String notStarted = awaitLine("Cannot start webhook-service");
            assertTrue(notStarted.contains(program.toString()), notStarted);
            awaitLine("Cannot start webhook-service");
            String givenUp = awaitLine("NOT RESTARTING");
            assertTrue(givenUp.contains("webhook-service failed 3 times"), givenUp);
        }
    }

    @Test
    void aServiceBeingStoppedIsNotStartedAgain() throws Exception {
        ServiceProcess service = start("partner-service", "exec sleep 600");
        ProcessHandle stopped = service.handle();
        CompletableFuture<Void> exitDealtWith = supervisor.watch(service);

        service.close();
        exitDealtWith.get(AT_MOST.toSeconds(), TimeUnit.SECONDS);

        assertFalse(stopped.isAlive());
        assertEquals(stopped.pid(), service.handle().pid(), "no new process");
        assertEquals("", String.join("\n", console), "nothing reported: a stop is no failure");
    }

    private ServiceProcess start(String name, String script) {
        return start(name, new ProcessBuilder("sh", "-c", script));
    }

    private ServiceProcess start(String name, ProcessBuilder command) {
        Path log = logs.resolve(name + ".log");
        command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return ServiceProcess.start(new ServiceSpec(name, 0, health.getAddress().getPort(), Map.of()), command, log);
    }

    private String awaitLine(String containing) throws InterruptedException {
        List<String> lines = linesUntil(containing);
        return lines.get(lines.size() - 1);
    }

    /** The console's lines up to the first containing {@code containing}, that one last. */
    private List<String> linesUntil(String containing) throws InterruptedException {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        List<String> lines = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = console.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                lines.add(line);
                if (line.contains(containing)) {
                    return lines;
                }
            }
        }
        return fail("no console line containing '" + containing + "' within " + AT_MOST + "; passed: " + lines);
    }
}
