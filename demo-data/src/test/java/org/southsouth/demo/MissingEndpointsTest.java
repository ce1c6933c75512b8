package org.southsouth.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A gateway that does not offer an operation yet: the record types that need it are skipped, named, and the load goes on. */
class MissingEndpointsTest {

    private HttpServer gateway;

    @BeforeEach
    void startGatewayWithoutKnowledgeProducts() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean offered =
                    path.equals("/api/v1/events") && exchange.getRequestMethod().equals("GET");
            byte[] body = (offered
                            ? "{\"items\": [], \"page\": 0, \"size\": 200, \"total\": 0}"
                            : "{\"title\": \"Not Found\", \"status\": 404}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .add("Content-Type", offered ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(offered ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    @Test
    void eachRecordTypeWithoutItsEndpointIsSkippedWithTheOperationNamed() {
        LoadReport report =
                new DemoDataLoader("http://127.0.0.1:" + gateway.getAddress().getPort(), null, line -> {}).load();

        // Service hours are not listed: with no deployment and no event there are none to send, so no request is made.
        for (String type :
                List.of("organizations", "partnerships", "volunteers", "deployments", "knowledge-products")) {
            assertTrue(report.of(type).skipped() != null, type + " should be skipped");
        }
        assertTrue(
                report.of("organizations").skipped().contains("POST /api/v1/organizations/bulk"),
                report.of("organizations").skipped());
        assertTrue(report.of("knowledge-products").skipped().contains("/api/v1/knowledge-products"));
        assertEquals(0, report.totalCreated());
    }
}
