package org.southsouth.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL (a real server, detached from this JVM as on ./platform) watched and started again. */
class PostgresProcessTest {

    private static final Duration AT_MOST = Duration.ofMinutes(1);

    private final BlockingQueue<String> console = new LinkedBlockingQueue<>();
    private final Supervisor supervisor = new Supervisor(
            AT_MOST,
            new RestartPolicy(Duration.ofMillis(10), Duration.ofMillis(40), 3, Duration.ofMinutes(10)),
            name -> "gateway readiness: …",
            console::add);

    @TempDir
    Path data;

    @AfterEach
    void stop() {
        supervisor.close();
    }

    @Test
    void aKilledPostgresqlIsReportedAndStartedAgainOnItsDataAndPort() throws Exception {
        try (PostgresProcess postgres = PostgresProcess.start(0, data)) {
            String url = postgres.createDatabase("partner");
            // The embedded server commits asynchronously by default (a kill may lose the last commits); this write
            // waits for its WAL so that finding it again proves the restart reused the data directory.
            execute(
                    url,
                    "SET synchronous_commit = on; CREATE TABLE kept (name text);"
                            + " INSERT INTO kept VALUES ('written before the crash')");
            ProcessHandle killed = postgres.handle();
            supervisor.watch(postgres);
            killed.destroyForcibly();

            String down = awaitLine("PostgreSQL is down");
            assertTrue(down.contains("pid " + killed.pid()), down);
            assertEquals("  ↻ restarting PostgreSQL in 10 ms", console.take());
            awaitLine("PostgreSQL ready again at localhost:" + postgres.port());
            assertNotEquals(killed.pid(), postgres.handle().pid(), "a new server process");
            assertEquals("written before the crash", query(url, "SELECT name FROM kept"));
        }
    }

    @Test
    void aRunThatKeepsNoDataHasItsOwnDirectoryAndLeavesNothingBehind() throws Exception {
        Path directory;
        try (PostgresProcess postgres = PostgresProcess.start(0, null)) {
            directory = Path.of(query(postgres.createDatabase("partner"), "SHOW data_directory"));
            assertTrue(Files.isDirectory(directory));
        }
        assertFalse(Files.exists(directory), directory + " deleted");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private String awaitLine(String containing) throws InterruptedException {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        List<String> passed = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = console.poll(1, TimeUnit.SECONDS);
            if (line != null && line.contains(containing)) {
                return line;
            }
            if (line != null) {
                passed.add(line);
            }
        }
        return fail("no console line containing '" + containing + "' within " + AT_MOST + "; passed: " + passed);
    }
}
