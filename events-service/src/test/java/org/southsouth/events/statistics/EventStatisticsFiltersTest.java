package org.southsouth.events.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.knowledge.KnowledgeProductResourceTest;

/** The impact report's filters on the figures: period, SDG, country and UNDP region, alone and together. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class EventStatisticsFiltersTest {

    private final String hub = Fixtures.organization().toString();

    @Test
    void figuresFollowThePeriodSdgCountryAndRegion() {
        completedEvent("DELEGATION_VISIT", "NP", "2024-05-01T02:00:00Z", List.of(4, 17), "DELEGATE", 2);
        completedEvent("DELEGATION_VISIT", "KE", "2025-01-01T00:00:00Z", List.of(1), "DELEGATE", 1);
        completedEvent("EXPERT_MISSION", "EG", "2025-11-20T02:00:00Z", List.of(4), "EXPERT", 1);
        Fixtures.moveTo(eventOf("FORUM", "TH", "2025-12-31T23:00:00Z", List.of(4, 17)), "OPEN");
        eventOf("FORUM", "TH", "2025-06-01T02:00:00Z", List.of(4));
        goodPractice("KE", "AFRICA", 2025, List.of(1, 5));
        goodPractice("CN", "ASIA_PACIFIC", 2019, List.of(4));
        goodPractice("TH", null, 2024, List.of(4));

        figures(Map.of("from", "2025-01-01", "to", "2025-12-31"))
                .body("delegationVisitsHosted", equalTo(1))
                .body("delegatesHosted", equalTo(1))
                .body("expertMissionsCompleted", equalTo(1))
                .body("expertsSent", equalTo(1))
                .body("participants", equalTo(2))
                .body("eventsByCountry", equalTo(Map.of("EG", 1, "KE", 1, "TH", 1)))
                .body("eventsBySdg", equalTo(Map.of("1", 1, "4", 2, "17", 1)))
                .body("goodPracticesBySdg", equalTo(Map.of("1", 1, "5", 1)));
        figures(Map.of("to", "2024-12-31"))
                .body("eventsByCountry", equalTo(Map.of("NP", 1)))
                .body("delegatesHosted", equalTo(2))
                .body("goodPracticesBySdg", equalTo(Map.of("4", 2)));
        figures(Map.of("region", "ASIA_AND_THE_PACIFIC"))
                .body("delegationVisitsHosted", equalTo(1))
                .body("delegatesHosted", equalTo(2))
                .body("expertsSent", equalTo(0))
                .body("eventsByCountry", equalTo(Map.of("NP", 1, "TH", 1)))
                .body("goodPracticesBySdg", equalTo(Map.of("4", 2)));
        figures(Map.of("region", "ARAB_STATES"))
                .body("expertMissionsCompleted", equalTo(1))
                .body("participantsByRole", equalTo(Map.of("EXPERT", 1)))
                .body("eventsByKind", equalTo(Map.of("EXPERT_MISSION", 1)))
                .body("goodPracticesBySdg", equalTo(Map.of()));
        figures(Map.of("sdg", "4"))
                .body("eventsBySdg", equalTo(Map.of("4", 3, "17", 2)))
                .body("participants", equalTo(3))
                .body("goodPracticesBySdg", equalTo(Map.of("4", 2)));
        figures(Map.of("country", "KE"))
                .body("eventsByKind", equalTo(Map.of("DELEGATION_VISIT", 1)))
                .body("delegatesHosted", equalTo(1))
                .body("goodPracticesBySdg", equalTo(Map.of("1", 1, "5", 1)));
        figures(Map.of("from", "2025-01-01", "region", "ASIA_AND_THE_PACIFIC", "sdg", "17"))
                .body("eventsByCountry", equalTo(Map.of("TH", 1)))
                .body("eventsByYear", equalTo(Map.of("2026", 1)))
                .body("participants", equalTo(0))
                .body("goodPracticesBySdg", equalTo(Map.of()));
    }

    @Test
    void aBadFilterIsA400NamingIt() {
        Map<String, String> bad =
                Map.of("sdg", "18", "country", "XX", "region", "ASIA", "from", "2025-13-01", "to", "tomorrow");
        bad.forEach((name, value) -> given().queryParam(name, value)
                .get("/api/v1/events/statistics")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(name)));
        for (String value : List.of("0", "four")) {
            given().queryParam("sdg", value)
                    .get("/api/v1/events/statistics")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("sdg"));
        }
        given().queryParam("country", "ke")
                .get("/api/v1/events/statistics")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("country"));
        given().queryParams(Map.of("from", "2025-02-01", "to", "2025-01-31"))
                .get("/api/v1/events/statistics")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("to"));
    }

    private ValidatableResponse figures(Map<String, String> filters) {
        return given().queryParam("organizationId", hub)
                .queryParams(filters)
                .get("/api/v1/events/statistics")
                .then()
                .statusCode(200);
    }

    private void completedEvent(
            String kind, String country, String startsAt, List<Integer> sdgs, String role, int attended) {
        String event = eventOf(kind, country, startsAt, sdgs);
        Fixtures.moveTo(event, "OPEN");
        for (int i = 0; i < attended; i++) {
            Fixtures.setParticipation(
                    event, Fixtures.register(event, Fixtures.member(role + " " + i, role)), "ATTENDED");
        }
        Fixtures.moveTo(event, "CLOSED", "COMPLETED");
    }

    private String eventOf(String kind, String country, String startsAt, List<Integer> sdgs) {
        Map<String, Object> body = Fixtures.event(kind, 0, null);
        body.putAll(Map.of(
                "hostOrganizationId",
                hub,
                "country",
                country,
                "sdgs",
                sdgs,
                "startsAt",
                startsAt,
                "endsAt",
                Instant.parse(startsAt).plusSeconds(3600).toString()));
        return Fixtures.create(body);
    }

    private void goodPractice(String country, String region, int year, List<Integer> sdgs) {
        Map<String, Object> body =
                KnowledgeProductResourceTest.goodPractice("Practice", "Overview", UUID.fromString(hub));
        body.putAll(Map.of("country", country, "year", year, "sdgs", sdgs));
        body.put("region", region);
        String id = KnowledgeProductResourceTest.create(body);
        for (String status : List.of("IN_REVIEW", "PUBLISHED")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("reviewStatus", status))
                    .post("/api/v1/knowledge-products/" + id + "/review-status")
                    .then()
                    .statusCode(200);
        }
    }
}
