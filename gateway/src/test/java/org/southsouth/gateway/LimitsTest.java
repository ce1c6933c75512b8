package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class LimitsTest {

    private static final String ECHO = "/api/v1/organizations/echo";
    private static final String TAGGED = "/api/v1/organizations/tagged";

    @TestHTTPResource(ECHO)
    URI echo;

    @Test
    void aClientOverItsRateLimitGets429WithRetryAfterAndRateLimitHeaders() {
        String token = TestClients.register(List.of("reporter"), null, 3).token();
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(ECHO)
                    .then()
                    .statusCode(201)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", Integer.toString(remaining));
        }
        var refused = given().auth()
                .oauth2(token)
                .when()
                .get(ECHO)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429))
                .extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(
                retryAfter >= 1 && retryAfter <= 20, "one request comes back after 60/3 s at most, was " + retryAfter);
        assertTrue(Long.parseLong(refused.header("RateLimit-Reset")) >= retryAfter);
        given().auth()
                .oauth2(TestClients.register("reporter").token())
                .when()
                .get(ECHO)
                .then()
                .statusCode(201)
                .header("RateLimit-Limit", "600");
    }

    @Test
    void aConditionalReadAnswered304CostsNothingFromTheRateLimit() {
        String token = TestClients.register(List.of("reporter"), null, 3).token();
        given().auth().oauth2(token).when().get(TAGGED).then().statusCode(200).header("RateLimit-Remaining", "2");
        for (int read = 0; read < 5; read++) {
            given().auth()
                    .oauth2(token)
                    .header("If-None-Match", "\"7\"")
                    .when()
                    .get(TAGGED)
                    .then()
                    .statusCode(304)
                    .header("ETag", "\"7\"")
                    .header("RateLimit-Remaining", "2");
        }
        given().auth().oauth2(token).when().get(TAGGED).then().statusCode(200).header("RateLimit-Remaining", "1");
    }

    @Test
    void aBatchCountsAsOneRequestPlusOnePerStarted100KiBOfItsBody() {
        String token = TestClients.register(List.of("coordinator"), null, 5).token();
        String batch = "{\"items\": [{\"name\": \"" + " ".repeat(40 * 1024) + "\"}]}";
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(batch)
                .when()
                .post(ECHO + "/bulk")
                .then()
                .statusCode(201)
                .header("RateLimit-Remaining", "3");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"items\": [{}]}")
                .when()
                .post(ECHO + "/bulk")
                .then()
                .statusCode(201)
                .header("RateLimit-Remaining", "1");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"items\": [{}]}")
                .when()
                .post(ECHO + "/bulk")
                .then()
                .statusCode(429)
                .header("RateLimit-Remaining", "1")
                .body("detail", containsString("this batch counts as 2"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post(ECHO)
                .then()
                .statusCode(201)
                .header("RateLimit-Remaining", "0");
    }

    @Test
    void aBatchWithoutContentLengthIsRefusedWith411() throws Exception {
        String token = TestClients.register("coordinator").token();
        byte[] batch = "{\"items\": [{}]}".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(echo + "/bulk"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(batch)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(411, response.statusCode());
        assertTrue(response.body().contains("Content-Length"), response.body());
    }

    @Test
    void aBodyOverTheLimitIs413AndNeverReachesTheService() {
        String token = TestClients.register("coordinator").token();
        byte[] big = new byte[100 * 1024];
        Arrays.fill(big, (byte) ' ');
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(big)
                .when()
                .post(ECHO)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        byte[] small = new byte[32 * 1024];
        Arrays.fill(small, (byte) ' ');
        small[0] = '{';
        small[small.length - 1] = '}';
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(small)
                .when()
                .post(ECHO)
                .then()
                .statusCode(201)
                .body("method", equalTo("POST"));
    }

    @Test
    void aStreamedBodyWithoutLengthIsCutAtTheLimitWith413() throws Exception {
        String token = TestClients.register("coordinator").token();
        byte[] big = new byte[200 * 1024];
        Arrays.fill(big, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(echo)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode());
        } catch (IOException closedWhileSending) {
            // The gateway may close the connection before the client finished sending; the body still went nowhere.
        }
        given().auth().oauth2(token).when().get(ECHO).then().statusCode(201);
    }

    @Test
    void corsPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        given().header("Origin", "https://reports.example.org")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")
                .when()
                .options(ECHO)
                .then()
                .statusCode(equalTo(200))
                .header("Access-Control-Allow-Origin", "https://reports.example.org")
                .header("Access-Control-Max-Age", Integer.toString(3600));
        given().header("Origin", "https://reports.example.org")
                .auth()
                .oauth2(TestClients.register("reporter").token())
                .when()
                .get(ECHO)
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", "https://reports.example.org")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("RateLimit-Remaining"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options(ECHO)
                .then()
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }
}
