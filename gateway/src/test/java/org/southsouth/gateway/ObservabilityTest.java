package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class ObservabilityTest {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsUrl;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readinessUrl;

    @Test
    void latencyHistogramAndStatusCountsArePublishedPerRoute() {
        String token = TestClients.register("reporter").token();
        double before = count("organizations", "GET", "201");
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/organizations/echo")
                    .then()
                    .statusCode(201);
        }
        given().auth()
                .oauth2(token)
                .when()
                .post("/api/v1/organizations/echo")
                .then()
                .statusCode(403);
        assertTrue(count("organizations", "GET", "201") >= before + 3, "three more successful GETs counted");
        assertTrue(count("organizations", "POST", "403") >= 1, "refusals by the gateway are counted too");
        given().when()
                .get(metricsUrl.toString())
                .then()
                .statusCode(200)
                .body(containsString("gateway_requests_seconds_bucket{"))
                .body(containsString("route=\"organizations\""));
    }

    @Test
    void readinessReportsEachUpstream() {
        given().when()
                .get(readinessUrl.toString())
                .then()
                .body("checks.find { it.name == 'upstreams' }.data.partner", equalTo("up"))
                .body("checks.find { it.name == 'upstreams' }.data.volunteer", equalTo("unreachable"));
    }

    private double count(String route, String method, String status) {
        String metrics = given().when()
                .get(metricsUrl.toString())
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Pattern line = Pattern.compile("^gateway_requests_seconds_count\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(metrics);
        double total = 0;
        while (matcher.find()) {
            String tags = matcher.group(1);
            if (tags.contains("route=\"" + route + "\"")
                    && tags.contains("method=\"" + method + "\"")
                    && tags.contains("status=\"" + status + "\"")) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }
}
