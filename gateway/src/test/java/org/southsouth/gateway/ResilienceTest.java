package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class ResilienceTest {

    private static String token;

    private static String token() {
        if (token == null) {
            token = TestClients.register("coordinator").token();
        }
        return token;
    }

    @Test
    void aSafeRequestIsRetriedWhenTheServiceIsBrieflyUnavailable() {
        // Other tests' failures (a timeout, a refused POST) must not add up with this 503 to open the circuit.
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/v1/organizations/echo")
                .then()
                .statusCode(201);
        String key = "key=" + UUID.randomUUID();
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/v1/organizations/once-unavailable?" + key)
                .then()
                .statusCode(200)
                .body("hit", equalTo(2));
        assertEquals(2, hits(TestClients.upstream("partner"), key));
    }

    @Test
    void anUnsafeRequestIsNeverRetried() {
        String key = "key=" + UUID.randomUUID();
        given().auth()
                .oauth2(token())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/organizations/once-unavailable?" + key)
                .then()
                .statusCode(503);
        assertEquals(1, hits(TestClients.upstream("partner"), key));
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAnswersAtOnceAndClosesAfterAProbe() {
        String flaky = TestClients.upstream("flaky");
        given().post(flaky + "/control/down").then().statusCode(204);
        try {
            for (int i = 0; i < 3; i++) {
                given().auth()
                        .oauth2(token())
                        .contentType(ContentType.JSON)
                        .body("{}")
                        .when()
                        .post("/api/v1/flaky-things")
                        .then()
                        .statusCode(503);
            }
            int before = hits(flaky, "flaky");
            given().auth()
                    .oauth2(token())
                    .when()
                    .get("/api/v1/flaky-things")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("type", equalTo("https://southsouth.org/problems/circuit-open"))
                    .time(lessThan(500L));
            assertEquals(before, hits(flaky, "flaky"), "an open circuit does not call the service");
        } finally {
            given().post(flaky + "/control/up").then().statusCode(204);
        }
        awaitFlakyCircuitClosed();
        given().auth().oauth2(token()).when().get("/api/v1/flaky-things").then().statusCode(200);
    }

    @Test
    void answersTheServiceCutsShortCountAsFailuresAndOpenTheCircuit() {
        for (String path : List.of("cut-short", "cut-short-large", "cut-short")) {
            try {
                given().auth().oauth2(token()).when().get("/api/v1/flaky-things/" + path);
            } catch (Exception resetMidAnswer) {
                // a streamed answer cut short resets the client connection
            }
        }
        given().auth()
                .oauth2(token())
                .when()
                .get("/api/v1/flaky-things")
                .then()
                .statusCode(503)
                .body("type", equalTo("https://southsouth.org/problems/circuit-open"));
        awaitFlakyCircuitClosed();
    }

    @Test
    void aClientThatGoesAwayMidStreamStopsTheServicesAnswerAndIsNotItsFailure() throws IOException {
        String flaky = TestClients.upstream("flaky");
        int stoppedBefore = hits(flaky, "endless-stopped");
        // As many as open the circuit if they counted as the service's failures.
        for (int i = 1; i <= 3; i++) {
            readTheHeadAndGoAway("/api/v1/flaky-things/endless");
            int stopped = stoppedBefore + i;
            Awaitility.await()
                    .atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> assertEquals(stopped, hits(flaky, "endless-stopped")));
        }
        given().auth().oauth2(token()).when().get("/api/v1/flaky-things").then().statusCode(200);
    }

    private static void readTheHeadAndGoAway(String path) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            byte[] head = new byte[12];
            assertEquals(head.length, socket.getInputStream().readNBytes(head, 0, head.length));
            assertEquals("HTTP/1.1 200", new String(head, StandardCharsets.US_ASCII));
        }
    }

    private static void awaitFlakyCircuitClosed() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().auth()
                        .oauth2(token())
                        .when()
                        .get("/api/v1/flaky-things")
                        .then()
                        .statusCode(200));
    }

    private static int hits(String upstream, String key) {
        return Integer.parseInt(given().get(upstream + "/control/hits?" + key)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }
}
