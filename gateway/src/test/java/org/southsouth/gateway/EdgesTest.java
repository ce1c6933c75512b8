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

import java.net.URL;
import java.util.List;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/** What every answer of the gateway carries, errors included, and what its public port does not serve. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class EdgesTest {

    private static final String ECHO = "/api/v1/organizations/echo";

    @TestHTTPResource(value = "/health/ready", management = true)
    URL managementReadiness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL managementMetrics;

    @Test
    void everyAnswerCarriesExactlyOneRequestIdAndASaneCallerIdIsKept() {
        String token = TestClients.register("reporter").token();
        Response impact = given().auth().oauth2(token).when().get("/api/v1/impact");
        assertEquals(200, impact.statusCode());
        assertEquals(1, impact.headers().getValues("X-Request-Id").size(), "one id, not the router's and the resource's");
        Response echoed = given().auth().oauth2(token).header("X-Request-Id", "abc.DEF:1-2_3").when().get(ECHO);
        assertEquals(List.of("abc.DEF:1-2_3"), echoed.headers().getValues("X-Request-Id"));
        assertEquals("abc.DEF:1-2_3", echoed.path("requestId"));
        for (String insane : List.of("x".repeat(129), "two words", "<script>")) {
            Response answer = given().auth().oauth2(token).header("X-Request-Id", insane).when().get(ECHO);
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
        for (Response anonymous : List.of(given().when().get(ECHO), given().when().get("/nowhere"))) {
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
        given().auth().oauth2(token).accept("application/json;q=1, text/csv;q=0.5").when().get("/api/v1/impact")
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().auth().oauth2(token).accept("application/json;q=0.5, text/csv").when().get("/api/v1/impact")
                .then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void securityHeadersOnApiAnswersAndBrowserPages() {
        String token = TestClients.register("reporter").token();
        given().auth().oauth2(token).when().get(ECHO).then().statusCode(201)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
        given().when().get(ECHO).then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
        given().formParam("grant_type", "client_credentials").when().post("/oauth2/token").then()
                .header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        for (String page : List.of("/dashboard/", "/swagger-ui/")) {
            given().when().get(page).then().log().ifValidationFails().statusCode(200)
                    .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Cache-Control", not(equalTo("no-store")));
        }
    }

    @Test
    void quarkusEndpointsAnswerOnTheManagementPortOnly() {
        for (String path : List.of("/q/metrics", "/q/health/ready", "/q/health")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().when().get(managementReadiness.toString()).then().log().ifValidationFails().statusCode(200).body("status", equalTo("UP"));
        given().when().get(managementMetrics.toString()).then().statusCode(200).body(containsString("gateway_requests_seconds"));
    }

    @Test
    void aTooLongUriIs414Problem() {
        String token = TestClients.register("reporter").token();
        given().auth().oauth2(token).when().get(ECHO + "?q=" + "a".repeat(5000)).then().statusCode(414)
                .contentType("application/problem+json").body("status", equalTo(414))
                .header("X-Request-Id", notNullValue());
        given().auth().oauth2(token).when().get(ECHO + "?q=" + "a".repeat(3000)).then().statusCode(201);
    }

    @Test
    void servicesAreToldThePublicOriginTheClientCalledAndNothingTheClientClaims() {
        String token = TestClients.register("reporter").token();
        given().auth().oauth2(token).header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Port", "666")
                .header("Forwarded", "host=evil.example").header("Host", "api.example.org:8443")
                .when().get(ECHO).then().statusCode(201)
                .body("forwarded", equalTo("http://api.example.org:8443 null"));
    }
}
