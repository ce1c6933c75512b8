package org.southsouth.gateway.routing;

import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;

/**
 * Relays a streamed answer's body from the service to the client, with back-pressure, and says which side ended it.
 * Vert.x's {@code pipe} reports a failed write to the client like a failure of the service (and the connection
 * close that would tell them apart is seen only later), so a client that went away counted against the service's
 * circuit and the service's answer was drained to the end instead of stopped.
 */
final class StreamedAnswer {

    enum End {
        /** The service's body arrived whole and went out. */
        WHOLE,
        /** The service's body broke off. */
        CUT_SHORT,
        /** The client's connection closed first: the service's answer is stopped. */
        CLIENT_GONE
    }

    interface Outcome {
        void ended(End end, Throwable cause);
    }

    private final HttpClientResponse from;
    private final HttpServerResponse to;
    private final Outcome outcome;
    private boolean ended;

    private StreamedAnswer(HttpClientResponse from, HttpServerResponse to, Outcome outcome) {
        this.from = from;
        this.to = to;
        this.outcome = outcome;
    }

    /** Streams the body of {@code from} into {@code to}, whose head is set, and reports how it ended once. */
    static void relay(HttpClientResponse from, HttpServerResponse to, Outcome outcome) {
        new StreamedAnswer(from, to, outcome).start();
    }

    private void start() {
        to.exceptionHandler(closed -> end(End.CLIENT_GONE, closed));
        from.exceptionHandler(broken -> end(End.CUT_SHORT, broken));
        from.endHandler(whole -> {
            if (!ended) {
                to.end();
                end(End.WHOLE, null);
            }
        });
        from.handler(chunk -> {
            to.write(chunk, written -> {
                if (written.failed()) {
                    end(End.CLIENT_GONE, written.cause());
                }
            });
            if (to.writeQueueFull()) {
                from.pause();
                to.drainHandler(drained -> from.resume());
            }
        });
        from.resume();
    }

    private void end(End end, Throwable cause) {
        if (ended) {
            return;
        }
        ended = true;
        from.handler(null);
        if (end == End.CLIENT_GONE) {
            from.request().reset();
        }
        outcome.ended(end, cause);
    }
}
