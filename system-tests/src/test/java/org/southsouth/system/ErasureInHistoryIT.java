package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Erasing a volunteer in volunteer-service reaches the history events-service keeps of their participation: no
 * personal value is left in either service's history, every change is still listed with its time, and the erasure
 * is itself an entry in both.
 */
@ExtendWith(RunningPlatform.class)
class ErasureInHistoryIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    @Test
    void anErasedVolunteersNameAndEmailAreGoneFromEveryHistoryAndEachChangeIsStillListed() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Erasable Volunteer " + marker;
        String email = "erasable-" + marker + "@example.org";
        String home = call().contentType(ContentType.JSON)
                .body(Map.of("name", "Erasure IT home " + marker, "type", "22", "country", "LK", "status", "ACTIVE"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> profile = Map.of(
                "name",
                name,
                "email",
                email,
                "nationality",
                "LK",
                "homeOrganizationId",
                home,
                "languages",
                List.of(Map.of("code", "si", "level", "NATIVE")));
        // 422 until volunteer-service has applied the new organization.
        String volunteer = await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> call().contentType(ContentType.JSON).body(profile).post("/api/v1/volunteers"),
                        r -> r.statusCode() != 422)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String event = event(home, marker);
        call().contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/events/" + event + "/status")
                .then()
                .statusCode(200);
        String participation = await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> {
                            var response = call().contentType(ContentType.JSON)
                                    .body(Map.of("volunteerId", volunteer, "role", "VOLUNTEER"))
                                    .post("/api/v1/events/" + event + "/participations");
                            return response.statusCode() == 201 ? response.<String>path("id") : null;
                        },
                        id -> id != null);
        String participationHistory = "/api/v1/events/" + event + "/participations/" + participation + "/history";
        assertTrue(
                call().get(participationHistory)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .contains(name),
                "before the erasure the participation's history shows the participant's name");

        call().post("/api/v1/volunteers/" + volunteer + "/erasure").then().statusCode(200);

        await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertEquals(
                        "ERASED",
                        call().get(participationHistory)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("items[0].kind"),
                        "events-service recorded the erasure as the participation's latest change"));
        for (String path : List.of(participationHistory, "/api/v1/volunteers/" + volunteer + "/history")) {
            String history = call().get(path + "?size=200")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertFalse(
                    history.contains(name) || history.contains(marker) || history.contains(email),
                    path + " still shows a personal value: " + history);
            List<String> kinds =
                    call().get(path + "?size=200").then().extract().jsonPath().getList("items.kind");
            assertEquals("ERASED", kinds.get(0), path);
            assertTrue(
                    kinds.size() >= 2 && kinds.subList(1, kinds.size()).stream().allMatch("WRITTEN"::equals),
                    path + " keeps each earlier change: " + kinds);
        }
    }

    private static RequestSpecification call() {
        return given();
    }

    /** An exchange camp the home organization hosts; retried while events-service does not know it yet. */
    private static String event(String host, String marker) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind",
                "EXCHANGE_CAMP",
                "title",
                "Erasure IT camp " + marker,
                "hostOrganizationId",
                host,
                "country",
                "LK",
                "city",
                "Kandy",
                "startsAt",
                "2031-03-02T03:00:00Z",
                "endsAt",
                "2031-03-04T10:00:00Z",
                "timeZone",
                "Asia/Colombo",
                "sdgs",
                List.of(17),
                "languages",
                List.of("si", "en")));
        return await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> call().contentType(ContentType.JSON).body(body).post("/api/v1/events"),
                        r -> r.statusCode() != 422)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
