package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.southsouth.events.Fixtures.completedRow;

import com.mongodb.client.model.Updates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.event.MonthBackfill;

/** The monthly series and the completed-event figures by SDG, year, month, country and region, exact to the unit. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class EventStatisticsBreakdownsTest {

    private final UUID hub = Fixtures.organization();

    @Inject
    ExchangeEventStore events;

    @Inject
    MonthBackfill months;

    @Test
    void completedFiguresAreBrokenDownBySdgYearMonthCountryAndRegion() {
        knownEvents();

        figures(Map.of())
                .body("delegationVisitsHosted", equalTo(3))
                .body("delegatesHosted", equalTo(6))
                .body("expertMissionsCompleted", equalTo(1))
                .body("expertsSent", equalTo(2))
                .body("participants", equalTo(12))
                .body("eventsByMonth", equalTo(Map.of("2024-05", 2, "2025-03", 3, "2025-04", 1, "2025-11", 1)))
                .body("eventsByRegion", equalTo(Map.of("AFRICA", 1, "ARAB_STATES", 1, "ASIA_AND_THE_PACIFIC", 3)))
                .body(
                        "completedBySdg",
                        equalTo(List.of(
                                completedRow("1", 1, 2, 0, 0, 2),
                                completedRow("4", 1, 3, 1, 2, 9),
                                completedRow("17", 2, 4, 0, 0, 5))))
                .body(
                        "completedByYear",
                        equalTo(List.of(completedRow("2024", 2, 4, 0, 0, 5), completedRow("2025", 1, 2, 1, 2, 7))))
                .body(
                        "completedByMonth",
                        equalTo(List.of(
                                completedRow("2024-05", 2, 4, 0, 0, 5),
                                completedRow("2025-03", 1, 2, 0, 0, 2),
                                completedRow("2025-04", 0, 0, 0, 0, 2),
                                completedRow("2025-11", 0, 0, 1, 2, 3))))
                .body(
                        "completedByCountry",
                        equalTo(List.of(
                                completedRow("AU", 1, 1, 0, 0, 1),
                                completedRow("EG", 0, 0, 1, 2, 3),
                                completedRow("KE", 1, 2, 0, 0, 2),
                                completedRow("NP", 1, 3, 0, 0, 4),
                                completedRow("TH", 0, 0, 0, 0, 2))))
                .body(
                        "completedByRegion",
                        equalTo(List.of(
                                completedRow("AFRICA", 1, 2, 0, 0, 2),
                                completedRow("ARAB_STATES", 0, 0, 1, 2, 3),
                                completedRow("ASIA_AND_THE_PACIFIC", 1, 3, 0, 0, 6))));
        figures(Map.of("sdg", "4"))
                .body("eventsByMonth", equalTo(Map.of("2024-05", 1, "2025-03", 1, "2025-04", 1, "2025-11", 1)))
                .body(
                        "completedBySdg",
                        equalTo(List.of(completedRow("4", 1, 3, 1, 2, 9), completedRow("17", 1, 3, 0, 0, 4))))
                .body(
                        "completedByRegion",
                        equalTo(List.of(
                                completedRow("ARAB_STATES", 0, 0, 1, 2, 3),
                                completedRow("ASIA_AND_THE_PACIFIC", 1, 3, 0, 0, 6))));
        figures(Map.of("region", "ASIA_AND_THE_PACIFIC"))
                .body("delegatesHosted", equalTo(3))
                .body("participants", equalTo(6))
                .body("eventsByRegion", equalTo(Map.of("ASIA_AND_THE_PACIFIC", 3)))
                .body(
                        "completedByCountry",
                        equalTo(List.of(completedRow("NP", 1, 3, 0, 0, 4), completedRow("TH", 0, 0, 0, 0, 2))))
                .body(
                        "completedByYear",
                        equalTo(List.of(completedRow("2024", 1, 3, 0, 0, 4), completedRow("2025", 0, 0, 0, 0, 2))));
    }

    @Test
    void eventsStoredWithoutAMonthGetItFromTheirStartInTheirTimeZone() {
        String event = event("FORUM", "CN", "2025-12-31T23:00:00Z", List.of(4), "OPEN", Map.of());
        events.collection().updateOne(eq("_id", event), Updates.unset("month"));

        assertTrue(months.backfill() >= 1);

        assertEquals(
                "2026-01", events.collection().find(eq("_id", event)).first().getString("month"));
        figures(Map.of())
                .body("eventsByMonth", equalTo(Map.of("2026-01", 1)))
                .body("eventsByYear", equalTo(Map.of("2026", 1)));
    }

    /**
     * Completed: visits in NP, KE and AU, a mission in EG, a forum in TH starting on 1 April in Shanghai (31 March UTC);
     * an open visit with an attendee in CN and an open online webinar; a cancelled visit with attendees and a draft
     * mission, which count nowhere.
     */
    private void knownEvents() {
        event(
                "DELEGATION_VISIT",
                "NP",
                "2024-05-01T02:00:00Z",
                List.of(4, 17),
                "COMPLETED",
                Map.of("DELEGATE", 3, "VOLUNTEER", 1, "NO_SHOW DELEGATE", 1));
        event("DELEGATION_VISIT", "AU", "2024-05-20T02:00:00Z", List.of(17), "COMPLETED", Map.of("DELEGATE", 1));
        event(
                "DELEGATION_VISIT",
                "KE",
                "2025-03-10T02:00:00Z",
                List.of(1),
                "COMPLETED",
                Map.of("DELEGATE", 2, "NO_SHOW DELEGATE", 1));
        event(
                "EXPERT_MISSION",
                "EG",
                "2025-11-20T02:00:00Z",
                List.of(4),
                "COMPLETED",
                Map.of("EXPERT", 2, "SPEAKER", 1, "NO_SHOW EXPERT", 1));
        event("FORUM", "TH", "2025-03-31T20:00:00Z", List.of(4), "COMPLETED", Map.of("VOLUNTEER", 2));
        event("DELEGATION_VISIT", "CN", "2025-03-05T02:00:00Z", List.of(4), "OPEN", Map.of("DELEGATE", 1));
        event("WEBINAR", null, "2025-03-20T02:00:00Z", List.of(5), "OPEN", Map.of());
        event("DELEGATION_VISIT", "KE", "2025-06-01T02:00:00Z", List.of(4, 17), "CANCELLED", Map.of("DELEGATE", 2));
        event("EXPERT_MISSION", "CN", "2025-03-15T02:00:00Z", List.of(4), "DRAFT", Map.of());
    }

    /** An event of the hub in {@code status}, with participants by role: ATTENDED, or NO_SHOW for "NO_SHOW role". */
    private String event(
            String kind,
            String country,
            String startsAt,
            List<Integer> sdgs,
            String status,
            Map<String, Integer> people) {
        String event = Fixtures.create(Fixtures.eventAt(hub, kind, country, startsAt, sdgs));
        if (status.equals("DRAFT")) {
            return event;
        }
        Fixtures.moveTo(event, "OPEN");
        people.forEach((who, n) -> {
            String role = who.substring(who.indexOf(' ') + 1);
            for (int i = 0; i < n; i++) {
                String participation = Fixtures.register(event, Fixtures.member(who + " " + i, role));
                Fixtures.setParticipation(event, participation, who.startsWith("NO_SHOW") ? "NO_SHOW" : "ATTENDED");
            }
        });
        switch (status) {
            case "COMPLETED" -> Fixtures.moveTo(event, "CLOSED", "COMPLETED");
            case "CANCELLED" -> Fixtures.moveTo(event, "CANCELLED");
            default -> {}
        }
        return event;
    }

    private ValidatableResponse figures(Map<String, String> filters) {
        return given().queryParam("organizationId", hub)
                .queryParams(filters)
                .get("/api/v1/events/statistics")
                .then()
                .statusCode(200);
    }
}
