package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Through the gateway only, as an integrating partner system would. */
@ExtendWith(RunningPlatform.class)
class WalkingSkeletonIT {

    @Test
    void anOrganizationRegisteredThroughTheGatewayReachesVolunteerServiceOverKafka() {
        var created = given().contentType(ContentType.JSON)
                .header("X-Request-Id", "system-test-org-1")
                .body(Map.of("name", "Myanmar Youth Volunteer Network 缅甸青年志愿者网络", "type", "22", "country", "MM"))
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("X-Request-Id", "system-test-org-1")
                .extract();
        String id = created.path("id");
        assertEquals(
                RunningPlatform.platform().gatewayUrl() + "/api/v1/organizations/" + id,
                created.header("Location"),
                "Location names the gateway's public URL, not the service's own origin");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().when()
                        .get("/api/v1/host-organizations/" + id)
                        .then()
                        .statusCode(200)
                        .body("name", equalTo("Myanmar Youth Volunteer Network 缅甸青年志愿者网络"))
                        .body("country", equalTo("MM")));
    }

    @Test
    void theGatewayDocumentsAndRoutesEveryServicesOperations() {
        given().when()
                .get("/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/organizations"))
                .body("paths", hasKey("/api/v1/host-organizations"))
                .body("paths", hasKey("/api/v1/events"));
        given().when().get("/swagger-ui/").then().statusCode(200);
        given().when().get("/api/v1/events").then().statusCode(200);
        given().when()
                .get(RunningPlatform.platform().gatewayManagementUrl() + "/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'upstreams' }.data.partner", equalTo("up"))
                .body("checks.find { it.name == 'upstreams' }.data.volunteer", equalTo("up"))
                .body("checks.find { it.name == 'upstreams' }.data.events", equalTo("up"));
    }

    @Test
    void badInputThroughTheGatewayIsAProblemAndChangesNothing() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "No country", "type", "22"))
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
