package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through the gateway, as an integrator would: a partner subscribes its own receiver (loopback, which the local run
 * allows), a change to its organization arrives as a signed CloudEvent that the Standard Webhooks library verifies,
 * the delivery log says so, and another partner cannot see the subscription. Leaves a subscription with deliveries
 * behind for the document tour.
 */
@ExtendWith(RunningPlatform.class)
class WebhooksIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";

    private static HttpServer receiver;
    private static final List<Map.Entry<Map<String, List<String>>, String>> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", WebhooksIT::receive);
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aPartnerReceivesSignedEventsAboutItsOrganizationAndOnlyItSeesItsSubscription() throws Exception {
        String organization = organization("KE");
        String partner = token(Map.of("roles", List.of("partner"), "organizationId", organization));
        String other = token(Map.of("roles", List.of("partner"), "organizationId", organization("NP")));

        JsonPath subscription = given().auth()
                .oauth2(partner)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks",
                        "eventTypes",
                        List.of("partner.organizations.*"),
                        "filter",
                        Map.of("organizationIds", List.of(organization))))
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract()
                .jsonPath();
        String path = SUBSCRIPTIONS + "/" + subscription.getString("id");
        Webhook verifier = new Webhook(subscription.getString("secret"));

        given().auth()
                .oauth2(partner)
                .post(path + "/ping")
                .then()
                .statusCode(200)
                .body("status", equalTo("DELIVERED"));
        given().contentType("application/merge-patch+json")
                .body(Map.of("acronym", "WHIT"))
                .patch("/api/v1/organizations/" + organization)
                .then()
                .statusCode(200);

        await().atMost(PROPAGATION)
                .until(() -> received.stream()
                        .anyMatch(delivery -> delivery.getValue()
                                .contains("\"type\":\"org.southsouth.partner.OrganizationUpdated\"")));
        for (Map.Entry<Map<String, List<String>>, String> delivery : received) {
            verifier.verify(delivery.getValue(), delivery.getKey());
            assertTrue(
                    delivery.getValue().contains(subscription.getString("id"))
                            || delivery.getValue().contains(organization),
                    "only the ping and events about the partner's own organization: " + delivery.getValue());
        }

        await().atMost(PROPAGATION)
                .untilAsserted(() -> given().auth()
                        .oauth2(partner)
                        .get(path + "/deliveries?status=DELIVERED")
                        .then()
                        .statusCode(200)
                        .body("total", greaterThanOrEqualTo(2)));
        given().auth().oauth2(other).get(path).then().statusCode(404);
        assertEquals(
                0,
                given().auth()
                        .oauth2(other)
                        .get(SUBSCRIPTIONS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("total"));
    }

    private static String organization(String country) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Webhook IT partner " + UUID.randomUUID(),
                        "type",
                        "22",
                        "country",
                        country,
                        "status",
                        "ACTIVE",
                        "joinedNetworkOn",
                        "2020-01-01"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void receive(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        received.add(Map.entry(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private static String token(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("name", "Webhook IT client " + UUID.randomUUID());
        var registered = given().contentType(ContentType.JSON)
                .body(body)
                .post("/admin/v1/clients")
                .then()
                .statusCode(201)
                .extract();
        return given().auth()
                .preemptive()
                .basic(registered.<String>path("client.clientId"), registered.<String>path("clientSecret"))
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
