package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.southsouth.launcher.Platform;

/** The launcher starts again a service that died, which then catches up from Kafka on what was written meanwhile. */
@ExtendWith(RunningPlatform.class)
class SupervisionIT {

    @Test
    void aKilledServiceComesBackAndReceivesTheWritesAcceptedWhileItWasDown() throws Exception {
        Platform platform = RunningPlatform.platform();
        ProcessHandle killed = platform.serviceProcess("volunteer-service");
        killed.destroyForcibly();
        killed.onExit().get(10, TimeUnit.SECONDS);

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Laos Volunteer Supervision Test Centre", "type", "22", "country", "LA"))
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().when().get("/api/v1/host-organizations/" + id).then().statusCode(503);

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .untilAsserted(() -> given().when()
                        .get(platform.serviceUrl("volunteer-service") + "/q/health/ready")
                        .then()
                        .statusCode(200));
        assertNotEquals(
                killed.pid(), platform.serviceProcess("volunteer-service").pid(), "a new process");
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> given().when()
                        .get("/api/v1/host-organizations/" + id)
                        .then()
                        .statusCode(200)
                        .body("name", equalTo("Laos Volunteer Supervision Test Centre")));
    }
}
