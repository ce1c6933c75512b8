package org.southsouth.events.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.knowledge.KnowledgeProductResourceTest;

/** Figures over a known data set of one hub organization, exact to the unit. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class EventStatisticsResourceTest {

    private final String hub = Fixtures.organization().toString();

    @Test
    void figuresCountCompletedVisitsAttendedPeopleAndPublishedPractices() {
        completedEvent(
                "DELEGATION_VISIT", "NP", "2024-05-01", Map.of("DELEGATE", 3, "VOLUNTEER", 1), Map.of("DELEGATE", 1));
        completedEvent("DELEGATION_VISIT", "TH", "2025-03-10", Map.of("DELEGATE", 2), Map.of());
        completedEvent("EXPERT_MISSION", "CN", "2025-11-20", Map.of("EXPERT", 2, "SPEAKER", 1), Map.of());
        String cancelled = eventOf("DELEGATION_VISIT", "KE", "2025-06-01");
        Fixtures.moveTo(cancelled, "OPEN");
        Fixtures.register(cancelled, Fixtures.member("Never came", "DELEGATE"));
        Fixtures.moveTo(cancelled, "CANCELLED");
        eventOf("FORUM", "KE", "2025-07-01");
        Map<String, Object> webinar = Fixtures.event("WEBINAR", 0, null);
        webinar.putAll(Map.of(
                "hostOrganizationId",
                hub,
                "online",
                true,
                "sdgs",
                List.of(5),
                "startsAt",
                "2030-06-01T02:00:00Z",
                "endsAt",
                "2030-06-01T04:00:00Z"));
        webinar.remove("country");
        Fixtures.moveTo(Fixtures.create(webinar), "OPEN");
        knowledge("GOOD_PRACTICE", List.of(3, 11), "PUBLISHED");
        knowledge("GOOD_PRACTICE", List.of(11), "ARCHIVED");
        knowledge("GOOD_PRACTICE", List.of(1), "DRAFT");
        knowledge("RESEARCH", List.of(3), "PUBLISHED");

        given().queryParam("organizationId", hub)
                .get("/api/v1/events/statistics")
                .then()
                .statusCode(200)
                .body("delegationVisitsHosted", equalTo(2))
                .body("delegatesHosted", equalTo(5))
                .body("expertMissionsCompleted", equalTo(1))
                .body("expertsSent", equalTo(2))
                .body("participants", equalTo(9))
                .body("participantsByRole", equalTo(Map.of("DELEGATE", 5, "EXPERT", 2, "SPEAKER", 1, "VOLUNTEER", 1)))
                .body("eventsByKind", equalTo(Map.of("DELEGATION_VISIT", 2, "EXPERT_MISSION", 1, "WEBINAR", 1)))
                .body("eventsByCountry", equalTo(Map.of("CN", 1, "NP", 1, "TH", 1)))
                .body("eventsBySdg", equalTo(Map.of("4", 3, "5", 1, "17", 3)))
                .body("eventsByYear", equalTo(Map.of("2024", 1, "2025", 2, "2030", 1)))
                .body("goodPracticesBySdg", equalTo(Map.of("3", 1, "11", 2)));
    }

    private void completedEvent(
            String kind, String country, String day, Map<String, Integer> attended, Map<String, Integer> noShows) {
        String event = eventOf(kind, country, day);
        Fixtures.moveTo(event, "OPEN");
        attended.forEach((role, n) -> {
            for (int i = 0; i < n; i++) {
                Fixtures.setParticipation(
                        event, Fixtures.register(event, Fixtures.member(role + " " + i, role)), "ATTENDED");
            }
        });
        noShows.forEach((role, n) -> {
            for (int i = 0; i < n; i++) {
                Fixtures.setParticipation(
                        event, Fixtures.register(event, Fixtures.member("Absent " + role + " " + i, role)), "NO_SHOW");
            }
        });
        Fixtures.moveTo(event, "CLOSED", "COMPLETED");
    }

    private String eventOf(String kind, String country, String day) {
        Map<String, Object> body = Fixtures.event(kind, 0, null);
        body.putAll(Map.of(
                "hostOrganizationId",
                hub,
                "country",
                country,
                "startsAt",
                day + "T02:00:00Z",
                "endsAt",
                day + "T09:00:00Z"));
        return Fixtures.create(body);
    }

    private void knowledge(String kind, List<Integer> sdgs, String finalStatus) {
        Map<String, Object> body =
                KnowledgeProductResourceTest.goodPractice("Practice", "Overview", UUID.fromString(hub));
        body.put("kind", kind);
        body.put("sdgs", sdgs);
        String id = KnowledgeProductResourceTest.create(body);
        List<String> path = switch (finalStatus) {
            case "PUBLISHED" -> List.of("IN_REVIEW", "PUBLISHED");
            case "ARCHIVED" -> List.of("IN_REVIEW", "PUBLISHED", "ARCHIVED");
            default -> List.of();
        };
        for (String status : path) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("reviewStatus", status))
                    .post("/api/v1/knowledge-products/" + id + "/review-status")
                    .then()
                    .statusCode(200);
        }
    }
}
