package org.southsouth.launcher;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** What the {@link Supervisor} watches and starts again: a service, or the embedded PostgreSQL server. */
interface Supervised {

    /** As the console names it. */
    String name();

    /** Where it answers, for the console. */
    String address();

    /** The process running now. */
    ProcessHandle handle();

    /** Completes once the current process has ended, with how it ended in words. */
    CompletableFuture<String> onExit();

    /** Whether it was asked to stop: its exit is then no failure. */
    boolean stopping();

    /** Starts it again, unless it is being stopped; a {@link LaunchException} when it cannot be started. */
    void restart();

    /** Waits until it answers; a {@link LaunchException} when it dies first or takes longer. */
    void awaitReady(Duration timeout);

    /** The end of its own log, to show when it died; empty when it keeps none. */
    String lastWords(int lines);
}
