package org.southsouth.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server standing in for partner-service (echoes what it receives, streams a large body, answers
 * slowly on request) and a port where nothing listens standing in for a stopped volunteer-service.
 */
public class StubUpstreams implements QuarkusTestResourceLifecycleManager {

    static final int LARGE_BODY_LINES = 200_000;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/organizations/echo", StubUpstreams::echo);
        server.createContext("/api/v1/organizations/export", StubUpstreams::largeExport);
        server.createContext("/api/v1/organizations/slow", StubUpstreams::slow);
        server.createContext("/q/openapi", exchange -> respond(exchange, 200, """
                {"openapi":"3.1.0","tags":[{"name":"Organizations"}],"paths":{"/api/v1/organizations/echo":{"post":{"summary":"Echo"}}}}"""));
        server.start();
        return Map.of(
                "gateway.upstreams.partner", "http://localhost:" + server.getAddress().getPort(),
                "gateway.upstreams.volunteer", "http://localhost:" + closedPort(),
                "gateway.upstream-timeout", "1s");
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        String reply = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"query\":\"" + exchange.getRequestURI().getRawQuery()
                + "\",\"requestId\":\"" + requestId + "\",\"body\":" + new String(body, StandardCharsets.UTF_8) + "}";
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
        exchange.sendResponseHeaders(status, bytes.length);
        try (InputStream ignored = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
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
