package org.southsouth.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/** A request body passed through until it grows past the limit; then it stops and reports the overflow once. */
final class BoundedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable onOverflow;
    private long seen;
    private boolean overflowed;

    BoundedBody(ReadStream<Buffer> source, long limit, Runnable onOverflow) {
        this.source = source;
        this.limit = limit;
        this.onOverflow = onOverflow;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        source.handler(
                handler == null
                        ? null
                        : chunk -> {
                            if (overflowed) {
                                return;
                            }
                            seen += chunk.length();
                            if (seen > limit) {
                                overflowed = true;
                                onOverflow.run();
                            } else {
                                handler.handle(chunk);
                            }
                        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }
}
