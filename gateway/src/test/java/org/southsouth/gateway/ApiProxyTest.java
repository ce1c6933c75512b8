package org.southsouth.gateway;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class ApiProxyTest {

    private static String token;

    private static RequestSpecification given() {
        if (token == null) {
            token = TestClients.register("coordinator").token();
        }
        return io.restassured.RestAssured.given().auth().oauth2(token);
    }

    @Test
    void forwardsMethodQueryBodyAndKeepsTheCallersRequestId() {
        given().contentType(ContentType.JSON)
                .header("X-Request-Id", "caller-chosen-1")
                .body("{\"name\":\"尼泊尔青年志愿者\"}")
                .when()
                .post("/api/v1/organizations/echo?country=NP")
                .then()
                .statusCode(201)
                .header("X-Request-Id", "caller-chosen-1")
                .body("method", equalTo("POST"))
                .body("query", equalTo("country=NP"))
                .body("requestId", equalTo("caller-chosen-1"))
                .body("body.name", equalTo("尼泊尔青年志愿者"));
    }

    @Test
    void generatesARequestIdWhenTheCallerSentNone() {
        String echoed = given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/organizations/echo")
                .then()
                .statusCode(201)
                .header("X-Request-Id", notNullValue())
                .extract()
                .header("X-Request-Id");
        given().contentType(ContentType.JSON)
                .body("{}")
                .post("/api/v1/organizations/echo")
                .then()
                .body("requestId", org.hamcrest.Matchers.not(equalTo(echoed)));
    }

    @Test
    void streamsALargeExportThrough() throws Exception {
        var response = given().when()
                .get("/api/v1/organizations/export")
                .then()
                .statusCode(200)
                .extract();
        long lines = 0;
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(response.asInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (lines == 0) {
                    assertEquals("3f1c2b9e-6d0a-4e57-9a43-1b2c3d4e5f60,北京志愿服务联合会,CN", line);
                }
                lines++;
            }
        }
        assertEquals(StubUpstreams.LARGE_BODY_LINES, lines);
    }

    @Test
    void aStoppedServiceGivesAPrompt503Problem() {
        given().when()
                .get("/api/v1/volunteers")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("title", equalTo("Service unavailable"))
                .time(lessThan(3_000L));
    }

    @Test
    void aSmallAnswerTheServiceCutsShortGives503NotATruncatedBody() {
        given().when()
                .get("/api/v1/flaky-things/cut-short")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void aStreamedAnswerTheServiceCutsShortResetsTheClientConnectionNotACleanShortBody() {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/flaky-things/cut-short-large"))
                .header("Authorization", "Bearer " + token)
                .build();
        HttpClient client = HttpClient.newHttpClient();
        assertThrows(IOException.class, () -> client.send(request, BodyHandlers.ofByteArray()));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeGives504() {
        given().when()
                .get("/api/v1/organizations/slow")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .time(lessThan(4_000L));
    }

    @Test
    void aBatchIsGivenLongerToAnswerThanOneRequest() {
        given().contentType("application/json")
                .body("{\"items\": [{}]}")
                .when()
                .post("/api/v1/organizations/slow/bulk")
                .then()
                .statusCode(200);
    }

    @Test
    void anUnknownApiIs404Problem() {
        given().when().get("/api/v1/unicorns").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theUnifiedDocumentListsTheServicesOperationsAndPointsAtTheGateway() {
        given().when()
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/organizations/echo'.post.summary", equalTo("Echo"))
                .body("servers[0].url", equalTo("http://localhost:8080"));
        given().when().get("/openapi?format=yaml").then().statusCode(200).contentType("application/yaml");
        given().when().get("/openapi?format=xml").then().statusCode(400);
        given().when().get("/swagger-ui/").then().statusCode(200);
    }
}
