package org.southsouth.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP servers standing in for the services: partner-service (echoes what it receives, streams a large body,
 * answers slowly, is unavailable once per key), a flaky service that can be switched down and up and cuts answers
 * short, and a port where
 * nothing listens standing in for a stopped volunteer-service (events-service and webhook-service alike). Tests steer and inspect the stubs through
 * {@code /control/...} on the stub itself, not through the gateway.
 */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    static final int LARGE_BODY_LINES = 200_000;
    static final int CUT_SHORT_LARGE_BYTES = 100 * 1024;
    private static final long ENDLESS_MAX_BYTES = 1L << 30;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicBoolean flakyDown = new AtomicBoolean();
    private HttpServer server;
    private HttpServer flaky;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            flaky = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v1/organizations/once-unavailable", this::onceUnavailable);
        server.createContext("/control/hits", this::hitCount);
        server.createContext("/q/health/ready", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
        flaky.createContext("/api/v1/flaky-things", this::flakyThings);
        flaky.createContext("/api/v1/flaky-things/cut-short", StubUpstreams::cutShort);
        flaky.createContext("/api/v1/flaky-things/cut-short-large", StubUpstreams::cutShortLarge);
        flaky.createContext("/api/v1/flaky-things/endless", this::endless);
        flaky.createContext("/control/hits", this::hitCount);
        flaky.createContext("/control/down", exchange -> {
            flakyDown.set(true);
            respond(exchange, 204, "");
        });
        flaky.createContext("/control/up", exchange -> {
            flakyDown.set(false);
            respond(exchange, 204, "");
        });
        flaky.start();
        server.createContext("/api/v1/organizations/echo", StubUpstreams::echo);
        server.createContext("/api/v1/organizations/export", StubUpstreams::largeExport);
        server.createContext("/api/v1/organizations/slow", StubUpstreams::slow);
        server.createContext("/api/v1/organizations/tagged", StubUpstreams::tagged);
        server.createContext("/q/openapi", exchange -> respond(exchange, 200, document("partner-openapi.json")));
        flaky.createContext("/q/openapi", exchange -> respond(exchange, 200, document("flaky-openapi.json")));
        server.start();
        return Map.of(
                "gateway.upstreams.partner",
                        "http://localhost:" + server.getAddress().getPort(),
                "gateway.upstreams.volunteer", "http://localhost:" + closedPort(),
                "gateway.upstreams.events", "http://localhost:" + closedPort(),
                "gateway.upstreams.webhook", "http://localhost:" + closedPort(),
                "gateway.upstreams.flaky",
                        "http://localhost:" + flaky.getAddress().getPort(),
                "gateway.routes.flaky-things", "flaky",
                "gateway.upstream-timeout", "1s");
    }

    @Override
    public void stop() {
        server.stop(0);
        flaky.stop(0);
    }

    /** 503 on the first call for a {@code key} (query string), 200 after. */
    private void onceUnavailable(HttpExchange exchange) throws IOException {
        int hit = hits.computeIfAbsent(exchange.getRequestURI().getRawQuery(), key -> new AtomicInteger())
                .incrementAndGet();
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        respond(exchange, hit == 1 ? 503 : 200, "{\"hit\":" + hit + "}");
    }

    private void flakyThings(HttpExchange exchange) throws IOException {
        hits.computeIfAbsent("flaky", key -> new AtomicInteger()).incrementAndGet();
        respond(exchange, flakyDown.get() ? 503 : 200, "{}");
    }

    private void hitCount(HttpExchange exchange) throws IOException {
        AtomicInteger count = hits.get(exchange.getRequestURI().getRawQuery());
        respond(exchange, 200, Integer.toString(count == null ? 0 : count.get()));
    }

    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        String reply = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"query\":\""
                + exchange.getRequestURI().getRawQuery()
                + "\",\"requestId\":\"" + headers.getFirst("X-Request-Id")
                + "\",\"clientId\":\"" + headers.getFirst("X-Client-Id")
                + "\",\"roles\":\"" + headers.getFirst("X-Roles")
                + "\",\"organizationId\":\"" + headers.getFirst("X-Organization-Id")
                + "\",\"bearer\":" + (headers.getFirst("Authorization") != null)
                + ",\"authorization\":\"" + headers.getFirst("Authorization") + "\""
                + ",\"forwarded\":\"" + headers.getFirst("X-Forwarded-Proto") + "://"
                + headers.getFirst("X-Forwarded-Host")
                + ":" + headers.getFirst("X-Forwarded-Port") + " " + headers.getFirst("Forwarded") + "\""
                + ",\"body\":" + (body.length == 0 ? "null" : new String(body, StandardCharsets.UTF_8)) + "}";
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        respond(exchange, 201, reply);
    }

    private static void largeExport(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=UTF-8");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            byte[] line = "3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60,北京志愿服务联合会,CN\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < LARGE_BODY_LINES; i++) {
                out.write(line);
            }
        }
    }

    /** Revision 7 of a record: 304 to a matching If-None-Match, as the services answer. */
    private static void tagged(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("ETag", "\"7\"");
        if ("\"7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            respond(exchange, 304, "");
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        respond(exchange, 200, "{\"revision\":7}");
    }

    /** Announces 100 bytes, sends 10 and drops the connection. */
    private static void cutShort(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 100);
        OutputStream out = exchange.getResponseBody();
        out.write("{\"items\":[".getBytes(StandardCharsets.UTF_8));
        out.flush();
        exchange.close();
    }

    /** Streams more than the gateway reads whole, without a length, and drops the connection before the end. */
    private static void cutShortLarge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=UTF-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(new byte[CUT_SHORT_LARGE_BYTES]);
        out.flush();
        // Closing the stream would send the last chunk; failing the handler drops the connection instead.
        throw new IOException("dropped mid-answer");
    }

    /**
     * Streams without end (up to {@value #ENDLESS_MAX_BYTES} bytes, so a proxy that drains it cannot hang a test),
     * counting under {@code endless-stopped} each answer whose connection was closed under it.
     */
    private void endless(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/csv; charset=UTF-8");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[16 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < ENDLESS_MAX_BYTES; sent += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException stopped) {
            hits.computeIfAbsent("endless-stopped", key -> new AtomicInteger()).incrementAndGet();
        }
    }

    private static void slow(HttpExchange exchange) throws IOException {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        respond(exchange, 200, "{}");
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (InputStream ignored = exchange.getRequestBody();
                OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String document(String resource) {
        try (InputStream in = StubUpstreams.class.getResourceAsStream("/stub-openapi/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
