package org.southsouth.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint that takes each request and never answers while it is open, like a hung receiver: every delivery
 * to it holds a webhook-service worker until the delivery timeout runs out.
 */
final class DeadEndpoint implements AutoCloseable {

    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();
    private final ExecutorService hanging = Executors.newCachedThreadPool();
    private final HttpServer server;

    DeadEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(hanging);
        server.createContext("/", this::hang);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/dead";
    }

    /** Deliveries attempted at this endpoint so far. */
    int calls() {
        return calls.get();
    }

    private void hang(HttpExchange exchange) {
        calls.incrementAndGet();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    /** Lets the hanging requests go and stops the server and its threads, which would keep the JVM from exiting. */
    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        hanging.shutdownNow();
    }
}
