package org.southsouth.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.Ports;

class GatewayViewTest {

    private static final String READINESS = """
            {"status":"UP","checks":[{"name":"upstreams","status":"UP",
              "data":{"partner":"up","volunteer":"unreachable","events":"down (503)"}}]}""";

    private HttpServer management;
    private GatewayView view;

    @BeforeEach
    void startGatewayManagementPort() throws IOException {
        management = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        management.createContext("/q/health/ready", exchange -> {
            byte[] body = READINESS.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        management.start();
        view = new GatewayView(
                "http://localhost:8080",
                "http://localhost:" + management.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        management.stop(0);
    }

    @Test
    void tellsWhatTheGatewaySaysAboutADeadServiceAndWhatCallersGet() {
        assertEquals(
                "gateway readiness: volunteer: unreachable (its API paths answer 503 with Retry-After meanwhile)",
                view.describe("volunteer-service"));
        assertEquals(
                "gateway readiness: events: down (503) (its API paths answer 503 with Retry-After meanwhile)",
                view.describe("events-service"));
    }

    @Test
    void tellsThatAServiceIsUpAgain() {
        assertEquals("gateway readiness: partner: up", view.describe("partner-service"));
    }

    @Test
    void tellsEveryUpstreamsStateWhenWhatDiedIsNoUpstream() {
        assertEquals(
                "gateway readiness: partner: up, volunteer: unreachable, events: down (503)",
                view.describe("PostgreSQL"));
    }

    @Test
    void tellsThatTheGatewayItselfAnswersAgain() {
        assertEquals("the gateway answers again at http://localhost:8080", view.describe("gateway"));
    }

    @Test
    void tellsThatTheGatewaysReadinessIsSlowRatherThanThatTheApiIsDown() throws IOException {
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CountDownLatch released = new CountDownLatch(1);
        slow.createContext("/q/health/ready", exchange -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        slow.start();
        try {
            String management = "http://localhost:" + slow.getAddress().getPort();
            assertEquals(
                    "the gateway's readiness did not answer within 2 s (" + management + "/q/health/ready)",
                    new GatewayView("http://localhost:8080", management).describe("volunteer-service"));
        } finally {
            released.countDown();
            slow.stop(0);
        }
    }

    @Test
    void tellsThatTheWholeApiIsDownWhenTheGatewayDoesNotAnswer() {
        int closedPort = Ports.free();
        GatewayView silent = new GatewayView("http://localhost:8080", "http://localhost:" + closedPort);
        assertEquals(
                "the gateway does not answer (http://localhost:" + closedPort + "/q/health/ready): "
                        + "the API at http://localhost:8080 is down",
                silent.describe("volunteer-service"));
    }
}
