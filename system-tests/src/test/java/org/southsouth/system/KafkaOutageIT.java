package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.southsouth.embedded.EmbeddedKafkaBroker;

/**
 * Guarantee: with Kafka stopped, writes are still accepted through the API; once Kafka is back every one of
 * their events is delivered and applied in the other service, none lost.
 */
@ExtendWith(RunningPlatform.class)
class KafkaOutageIT {

    private static final int WRITES = 200;

    @Test
    void twoHundredWritesAcceptedDuringAKafkaOutageAllReachTheOtherService() {
        EmbeddedKafkaBroker kafka = RunningPlatform.platform().infrastructure().embeddedKafka();
        assertNotNull(kafka, "the system tests run on the embedded broker");
        List<String> ids = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < WRITES; i++) {
                ids.add(given().contentType(ContentType.JSON)
                        .body(Map.of("name", "Outage organization " + i, "type", "22", "country", "TH"))
                        .when()
                        .post("/api/v1/organizations")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
            }
            given().when()
                    .get("/api/v1/host-organizations/" + ids.get(0))
                    .then()
                    .statusCode(404);
        } finally {
            kafka.start();
        }

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> given().when()
                        .get("/api/v1/host-organizations/" + ids.get(WRITES - 1))
                        .then()
                        .statusCode(200));
        for (String id : ids) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().when()
                            .get("/api/v1/host-organizations/" + id)
                            .then()
                            .statusCode(200)
                            .body("country", equalTo("TH")));
        }
        assertEquals(WRITES, ids.stream().distinct().count());
    }
}
