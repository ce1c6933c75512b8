package org.southsouth.events.statistics;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.southsouth.events.Fixtures.completedRow;

import com.mongodb.client.model.Updates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.participation.AttendanceCounters;
import org.southsouth.events.participation.AttendanceReconciliation;

/**
 * Experts sent: the attending experts of completed expert missions, and those of other completed events who came from
 * an organization in another country than the venue, exact in the totals, the breakdowns and under filters.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class ExpertsSentTest {

    private final UUID hub = Fixtures.organization();
    private final UUID chinese = Fixtures.organizationIn("CN");
    private final UUID kenyan = Fixtures.organizationIn("KE");

    @Inject
    ExchangeEventStore events;

    @Inject
    AttendanceCounters counters;

    @Inject
    AttendanceReconciliation reconciliation;

    @Test
    void missionsSendEveryAttendingExpertOtherEventsThoseFromAbroad() {
        UUID nepalese = Fixtures.organizationIn("NP");
        UUID nowhere = Fixtures.organizationIn(null);
        String forum = openEvent("FORUM", "KE", "2025-03-10T08:00:00Z", List.of(4));
        attend(forum, chinese, "EXPERT");
        attend(forum, kenyan, "EXPERT");
        attend(forum, nowhere, "EXPERT");
        attend(forum, chinese, "DELEGATE");
        mark(forum, chinese, "EXPERT", "NO_SHOW");
        complete(forum);
        String webinar = openEvent("WEBINAR", null, "2025-04-10T08:00:00Z", List.of(4));
        attend(webinar, chinese, "EXPERT");
        complete(webinar);
        Map<String, Object> streamedFromKenya =
                Fixtures.eventAt(hub, "WEBINAR", "KE", "2025-04-12T08:00:00Z", List.of(4));
        streamedFromKenya.put("online", true);
        String streamed = Fixtures.create(streamedFromKenya);
        Fixtures.moveTo(streamed, "OPEN");
        attend(streamed, chinese, "EXPERT");
        complete(streamed);
        String mission = openEvent("EXPERT_MISSION", "NP", "2025-11-20T08:00:00Z", List.of(17));
        attend(mission, chinese, "EXPERT");
        attend(mission, nepalese, "EXPERT");
        complete(mission);
        String visit = openEvent("DELEGATION_VISIT", "KE", "2025-06-01T08:00:00Z", List.of(17));
        attend(visit, chinese, "DELEGATE");
        attend(visit, chinese, "EXPERT");
        complete(visit);
        String stillOpen = openEvent("FORUM", "KE", "2025-05-01T08:00:00Z", List.of(4));
        attend(stillOpen, chinese, "EXPERT");

        assertEquals(1L, stored(forum));
        assertEquals(0L, stored(webinar));
        assertEquals(0L, stored(streamed));
        assertEquals(1L, stored(stillOpen));
        figures(Map.of())
                .body("expertsSent", equalTo(4))
                .body("expertMissionsCompleted", equalTo(1))
                .body("participants", equalTo(10))
                .body(
                        "completedByCountry",
                        equalTo(List.of(completedRow("KE", 1, 1, 0, 2, 7), completedRow("NP", 0, 0, 1, 2, 2))))
                .body(
                        "completedBySdg",
                        equalTo(List.of(completedRow("4", 0, 0, 0, 1, 6), completedRow("17", 1, 1, 1, 3, 4))));
        figures(Map.of("country", "KE")).body("expertsSent", equalTo(2)).body("expertMissionsCompleted", equalTo(0));
        figures(Map.of("sdg", "17"))
                .body("expertsSent", equalTo(3))
                .body("completedByYear", equalTo(List.of(completedRow("2025", 1, 1, 1, 3, 4))));
    }

    @Test
    void eventsStoredWithoutTheCountAreBackfilledByTheReconciliation() {
        String forum = openEvent("FORUM", "KE", "2025-03-10T08:00:00Z", List.of(4));
        attend(forum, chinese, "EXPERT");
        complete(forum);
        // As a database from before the count has it: the attendance counted, no experts from abroad.
        events.collection().updateOne(eq("_id", forum), Updates.unset("expertsFromAbroad"));
        figures(Map.of()).body("expertsSent", equalTo(0));
        assertTrue(counters.stale().contains(UUID.fromString(forum)));

        assertTrue(reconciliation.reconcile() >= 1);

        assertEquals(1L, stored(forum));
        assertFalse(counters.stale().contains(UUID.fromString(forum)));
        figures(Map.of()).body("expertsSent", equalTo(1));
    }

    @Test
    void movingTheVenueRecountsWhoCameFromAbroad() {
        String forum = openEvent("FORUM", "CN", "2025-03-10T08:00:00Z", List.of(4));
        attend(forum, chinese, "EXPERT");
        attend(forum, chinese, "EXPERT");
        attend(forum, kenyan, "EXPERT");
        assertEquals(1L, stored(forum));

        given().contentType(ContentType.JSON)
                .body(Map.of("country", "KE", "city", "Nairobi"))
                .patch("/api/v1/events/" + forum)
                .then()
                .statusCode(200);
        assertEquals(2L, stored(forum));

        given().contentType(ContentType.JSON)
                .body(Map.of("online", true))
                .patch("/api/v1/events/" + forum)
                .then()
                .statusCode(200);
        assertEquals(0L, stored(forum));
        assertFalse(counters.stale().contains(UUID.fromString(forum)));
    }

    @Test
    void anOrganizationMovingCountryRecountsTheEventsItsExpertsAttended() {
        UUID moving = Fixtures.organizationIn("CN");
        String forum = openEvent("FORUM", "KE", "2025-03-10T08:00:00Z", List.of(4));
        attend(forum, moving, "EXPERT");
        complete(forum);
        figures(Map.of()).body("expertsSent", equalTo(1));

        Fixtures.announceOrganization(PartnerEvents.ORGANIZATION_UPDATED, moving, 2, "ACTIVE", "KE");
        assertEquals(0L, stored(forum));
        figures(Map.of()).body("expertsSent", equalTo(0));

        // As a crash after the replica write and before the recount leaves it: the redelivered state recounts.
        events.collection().updateOne(eq("_id", forum), Updates.set("expertsFromAbroad", 1L));
        Fixtures.announceOrganization(PartnerEvents.ORGANIZATION_UPDATED, moving, 2, "ACTIVE", "KE");
        assertEquals(0L, stored(forum));
    }

    private String openEvent(String kind, String country, String startsAt, List<Integer> sdgs) {
        String event = Fixtures.create(Fixtures.eventAt(hub, kind, country, startsAt, sdgs));
        Fixtures.moveTo(event, "OPEN");
        return event;
    }

    private static void complete(String event) {
        Fixtures.moveTo(event, "CLOSED", "COMPLETED");
    }

    private static void attend(String event, UUID organization, String role) {
        mark(event, organization, role, "ATTENDED");
    }

    private static void mark(String event, UUID organization, String role, String status) {
        String participation = Fixtures.register(
                event,
                Map.of(
                        "organizationId",
                        organization.toString(),
                        "name",
                        role + " " + UUID.randomUUID(),
                        "role",
                        role));
        Fixtures.setParticipation(event, participation, status);
    }

    private long stored(String event) {
        return ((Number) events.collection().find(eq("_id", event)).first().get("expertsFromAbroad")).longValue();
    }

    private ValidatableResponse figures(Map<String, String> filters) {
        return given().queryParam("organizationId", hub.toString())
                .queryParams(filters)
                .get("/api/v1/events/statistics")
                .then()
                .statusCode(200);
    }
}
