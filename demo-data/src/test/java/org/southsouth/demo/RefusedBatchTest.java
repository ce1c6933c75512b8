package org.southsouth.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A batch the gateway answers with a 504 as a whole: one failure of its type, and the load goes on. */
class RefusedBatchTest {

    private HttpServer gateway;

    @BeforeEach
    void startGatewayTimingOutOrganizationBatches() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            boolean batch = exchange.getRequestURI().getPath().equals("/api/v1/organizations/bulk");
            byte[] body = (batch
                            ? "{\"title\": \"Service did not answer in time\", \"status\": 504}"
                            : "{\"title\": \"Not Found\", \"status\": 404}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(batch ? 504 : 404, body.length);
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
    void aTimedOutBatchFailsItsTypeOnceAndTheNextTypesAreStillTried() {
        LoadReport report =
                new DemoDataLoader("http://127.0.0.1:" + gateway.getAddress().getPort(), null, line -> {}).load();

        assertEquals(1, report.of("organizations").failures().size());
        assertTrue(
                report.of("organizations")
                        .failures()
                        .get(0)
                        .startsWith("a batch of " + DemoNetwork.ORGANIZATIONS.size()
                                + " items: POST /api/v1/organizations/bulk → 504"),
                report.of("organizations").failures().get(0));
        assertTrue(report.of("partnerships").skipped() != null, "the partnerships were tried after it");
        assertTrue(report.of("knowledge-products").skipped() != null, "and every type after them");
    }
}
