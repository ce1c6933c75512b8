package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/** What every answer of the gateway carries, errors included, and what its public port does not serve. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class EdgesTest {

    private static final String ECHO = "/api/v1/organizations/echo";

    @TestHTTPResource("/")
    URL root;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void everyAnswerCarriesExactlyOneRequestIdAndASaneCallerIdIsKept() {
        String token = TestClients.register("reporter").token();
        Response impact = given().auth().oauth2(token).when().get("/api/v1/impact");
        assertEquals(200, impact.statusCode());
        assertEquals(
                1, impact.headers().getValues("X-Request-Id").size(), "one id, not the router's and the resource's");
        Response echoed = given().auth()
                .oauth2(token)
                .header("X-Request-Id", "abc.DEF:1-2_3")
                .when()
                .get(ECHO);
        assertEquals(List.of("abc.DEF:1-2_3"), echoed.headers().getValues("X-Request-Id"));
        assertEquals("abc.DEF:1-2_3", echoed.path("requestId"));
        for (String insane : List.of("x".repeat(129), "two words", "<script>")) {
            Response answer = given().auth()
                    .oauth2(token)
                    .header("X-Request-Id", insane)
                    .when()
                    .get(ECHO);
            String id = answer.header("X-Request-Id");
            assertNotEquals(insane, id);
            assertTrue(id.matches("[A-Za-z0-9._:-]{1,128}"), id);
            assertEquals(id, answer.path("requestId"), "the service gets the id the caller gets");
        }
    }

    @Test
    void refusalsCarryTheRequestIdAndOnceTheClientIsKnownItsRateLimit() {
        String reporter = TestClients.register("reporter").token();
        for (Response refused : List.of(
                given().auth().oauth2(reporter).when().post(ECHO),
                given().auth().oauth2(reporter).when().get("/admin/v1/clients"),
                given().auth().oauth2(reporter).when().get("/api/v1/no-such-thing"))) {
            assertTrue(refused.statusCode() == 403 || refused.statusCode() == 404, refused.statusLine());
            assertEquals(1, refused.headers().getValues("X-Request-Id").size(), refused.statusLine());
            assertEquals("600", refused.header("RateLimit-Limit"), refused.statusLine());
            assertTrue(refused.header("RateLimit-Remaining") != null && refused.header("RateLimit-Reset") != null);
        }
        for (Response anonymous :
                List.of(given().when().get(ECHO), given().when().get("/nowhere"))) {
            assertEquals(1, anonymous.headers().getValues("X-Request-Id").size(), anonymous.statusLine());
        }
    }

    @Test
    void aRateLimitedAnswerSaysTheSameWaitInRetryAfterAndRateLimitReset() {
        String token = TestClients.register(List.of("reporter"), null, 2).token();
        given().auth().oauth2(token).when().get(ECHO).then().statusCode(201);
        given().auth().oauth2(token).when().get(ECHO).then().statusCode(201).header("RateLimit-Remaining", "0");
        Response refused = given().auth().oauth2(token).when().get(ECHO);
        assertEquals(429, refused.statusCode());
        assertEquals(refused.header("Retry-After"), refused.header("RateLimit-Reset"));
        assertTrue(Long.parseLong(refused.header("Retry-After")) > 1, "a refill of 2 per minute takes longer than 1 s");
    }

    @Test
    void jsonPreferredByQualityGetsJson() {
        String token = TestClients.register("reporter").token();
        given().auth()
                .oauth2(token)
                .accept("application/json;q=1, text/csv;q=0.5")
                .when()
                .get("/api/v1/impact")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"));
        given().auth()
                .oauth2(token)
                .accept("application/json;q=0.5, text/csv")
                .when()
                .get("/api/v1/impact")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"));
    }

    @Test
    void securityHeadersOnApiAnswersAndBrowserPages() {
        String token = TestClients.register("reporter").token();
        given().auth()
                .oauth2(token)
                .when()
                .get(ECHO)
                .then()
                .statusCode(201)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        given().when()
                .get(ECHO)
                .then()
                .statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        given().formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        for (String page : List.of("/dashboard/", "/swagger-ui/")) {
            given().when()
                    .get(page)
                    .then()
                    .log()
                    .ifValidationFails()
                    .statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Cache-Control", not(equalTo("no-store")));
        }
    }

    @Test
    void quarkusEndpointsAnswerOnTheManagementPortOnly() {
        for (String path : List.of("/q/metrics", "/q/health/ready", "/q/health")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().when()
                .get(managementReadiness.toString())
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().when()
                .get(managementMetrics.toString())
                .then()
                .statusCode(200)
                .body(containsString("gateway_requests_seconds"));
    }

    @Test
    void aTooLongUriIs414Problem() {
        String token = TestClients.register("reporter").token();
        given().auth()
                .oauth2(token)
                .when()
                .get(ECHO + "?q=" + "a".repeat(5000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414))
                .header("X-Request-Id", notNullValue());
        given().auth()
                .oauth2(token)
                .when()
                .get(ECHO + "?q=" + "a".repeat(3000))
                .then()
                .statusCode(201);
    }

    @Test
    void aUriThatIsNoUriIs400ProblemAndTheConnectionStaysUsable() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String uri : List.of("/api/v1/%zz", "/api/v1/impact?from=%zz", "/nowhere/%4")) {
                socket.getOutputStream()
                        .write(("GET " + uri + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                RawAnswer answer = RawAnswer.read(in);
                assertEquals(400, answer.status(), uri);
                assertEquals("application/problem+json", answer.headers().get("content-type"), uri);
                assertTrue(answer.headers().containsKey("x-request-id"), uri);
                assertTrue(
                        answer.body().contains("\"status\":400")
                                && answer.body().contains("\"detail\":\"The request URI is not a valid URI"),
                        answer.body());
            }
        }
    }

    /** One HTTP/1.1 answer read off a socket: the malformed URIs above cannot be sent by a client that checks them. */
    private record RawAnswer(int status, Map<String, String> headers, String body) {

        static RawAnswer read(BufferedReader in) throws IOException {
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            Map<String, String> headers = new HashMap<>();
            for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            char[] body = new char[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
            for (int read = 0; read < body.length; ) {
                read += in.read(body, read, body.length - read);
            }
            return new RawAnswer(status, headers, new String(body));
        }
    }

    @Test
    void servicesAreToldThePublicOriginTheClientCalledAndNothingTheClientClaims() {
        String token = TestClients.register("reporter").token();
        given().auth()
                .oauth2(token)
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Port", "666")
                .header("Forwarded", "host=evil.example")
                .header("Host", "api.example.org:8443")
                .when()
                .get(ECHO)
                .then()
                .statusCode(201)
                .body("forwarded", equalTo("http://api.example.org:8443 null"));
    }
}
