package org.southsouth.events.participation;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.event.EventDetails;
import org.southsouth.events.event.EventKind;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.messaging.EventsServiceOutbox;
import org.southsouth.events.messaging.KnownOrganization;
import org.southsouth.events.messaging.OrganizationReplicaStore;

/**
 * The attendance counts follow every write that can move them (a participation to or from ATTENDED, the venue's
 * country, an attendee organization's country), whichever way it is made: right after it the event's counts are those
 * a recount stores, and the event is not stale. The store writes are made as a writer that knows nothing of the
 * counters would make them.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class AttendanceWritePathsTest {

    private final UUID hub = Fixtures.organization();
    private final UUID chinese = Fixtures.organizationIn("CN");

    @Inject
    ParticipationStore participations;

    @Inject
    ExchangeEventStore events;

    @Inject
    OrganizationReplicaStore organizations;

    @Inject
    AttendanceCounters counters;

    @Inject
    AttendanceReconciliation reconciliation;

    @Inject
    EventsServiceOutbox outbox;

    /** A writer whose recount never comes (a crash after the write) leaves the event stale: the housekeeping's. */
    @Test
    void aStatusWrittenByTheParticipationStoreMovesTheCounts() {
        String event = startedEvent("KE");
        Participation registered = participation(event, Fixtures.register(event, expert(chinese)));
        Participation attended = registered.withStatus(ParticipationStatus.ATTENDED, Instant.now(), Instant.now());

        assertTrue(participations.changeStatus(
                registered,
                attended,
                outbox.of(EventsServiceEvents.PARTICIPATION_STATUS_CHANGED, attended),
                neverRecounted -> {}));

        assertStaleUntilRecounted(event, 1);
    }

    @Test
    void participationsStoredAttendedAtOnceMoveTheCounts() {
        String event = startedEvent("KE");
        Instant now = Instant.now();
        Participation registered = new Participation(
                UUID.randomUUID(),
                UUID.fromString(event),
                EventKind.FORUM,
                "KE",
                null,
                chinese,
                "Expert " + UUID.randomUUID(),
                ParticipantRole.EXPERT,
                ParticipationStatus.REGISTERED,
                null,
                false,
                now,
                1,
                now,
                now);
        Participation attended = registered.withStatus(ParticipationStatus.ATTENDED, now, now);

        assertTrue(participations
                .insertAll(
                        List.of(new RegisteredParticipation(
                                List.of(registered, attended),
                                null,
                                List.of(outbox.of(EventsServiceEvents.PARTICIPATION_STATUS_CHANGED, attended)))),
                        neverRecounted -> {})
                .isEmpty());

        assertStaleUntilRecounted(event, 1);
    }

    @Test
    void aVenueWrittenByTheEventStoreMovesTheCounts() {
        String event = startedEvent("KE");
        attend(event, expert(chinese));
        ExchangeEvent current = events.find(UUID.fromString(event));
        EventDetails d = current.details();
        EventDetails inChina = new EventDetails(
                d.kind(),
                d.title(),
                d.description(),
                d.hostOrganizationId(),
                d.partnerOrganizationIds(),
                "CN",
                "Beijing",
                d.online(),
                d.startsAt(),
                d.endsAt(),
                d.timeZone(),
                d.capacity(),
                d.languages(),
                d.sdgs(),
                d.delegationVisit(),
                d.expertMission(),
                d.agenda());

        assertTrue(events.updateDetails(
                current, inChina, Instant.now(), outbox.of(EventsServiceEvents.EVENT_UPDATED, current)));

        assertCountsFollowed(event, 0);
    }

    @Test
    void anOrganizationCountryWrittenToTheReplicaMovesTheCounts() {
        UUID moving = Fixtures.organizationIn("CN");
        String event = startedEvent("KE");
        attend(event, expert(moving));

        assertTrue(organizations.upsert(new KnownOrganization(moving, "Moving", "KE", "ACTIVE", 2)));

        assertCountsFollowed(event, 0);
    }

    /** The service's own write paths, each as a caller reaches it. */
    @Test
    void everyWritePathOfTheServiceMovesTheCounts() {
        UUID moving = Fixtures.organizationIn("CN");
        String event = startedEvent("KE");
        String expert = attend(event, expert(moving));
        attend(event, expert(chinese));
        assertCountsFollowed(event, 2);

        Fixtures.setParticipation(event, expert, "NO_SHOW");
        assertCountsFollowed(event, 1);

        String cancelled = Fixtures.register(event, expert(chinese));
        Fixtures.setParticipation(event, cancelled, "CANCELLED");
        assertCountsFollowed(event, 1);

        String arrival = Instant.now()
                .minus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        Map<String, Object> item = new HashMap<>(expert(chinese));
        item.putAll(Map.of("eventId", event, "status", "ATTENDED", "at", arrival));
        Map<String, Object> correction = new HashMap<>(Map.of("eventId", event, "id", expert, "status", "ATTENDED"));
        correction.putAll(expert(moving));
        correction.put("name", participation(event, expert).name());
        given().contentType(ContentType.JSON)
                .body(Map.of("items", List.of(item, correction)))
                .post("/api/v1/participations/bulk")
                .then()
                .statusCode(200);
        assertCountsFollowed(event, 3);

        Fixtures.announceOrganization(PartnerEvents.ORGANIZATION_UPDATED, moving, 2, "ACTIVE", "KE");
        assertCountsFollowed(event, 2);

        given().contentType(ContentType.JSON)
                .body(Map.of("online", true))
                .patch("/api/v1/events/" + event)
                .then()
                .statusCode(200);
        assertCountsFollowed(event, 0);

        Fixtures.moveTo(event, "CANCELLED");
        assertCountsFollowed(event, 0);
    }

    private void assertStaleUntilRecounted(String event, long expertsFromAbroad) {
        assertTrue(counters.stale().contains(UUID.fromString(event)), "the counts of " + event + " are not stale");
        reconciliation.reconcile();
        assertCountsFollowed(event, expertsFromAbroad);
    }

    private void assertCountsFollowed(String event, long expertsFromAbroad) {
        UUID id = UUID.fromString(event);
        assertFalse(counters.stale().contains(id), "the counts of " + event + " are stale");
        Document written = counts(event);
        counters.recount(id);
        assertEquals(counts(event), written);
        assertEquals(expertsFromAbroad, written.get("expertsFromAbroad"));
    }

    private Document counts(String event) {
        Document doc = events.collection().find(eq("_id", event)).first();
        return new Document("attendedByRole", doc.get("attendedByRole"))
                .append("expertsFromAbroad", ((Number) doc.get("expertsFromAbroad")).longValue());
    }

    private String startedEvent(String country) {
        String id = Fixtures.create(Fixtures.eventAt(hub, "FORUM", country, startedAt(), List.of(17)));
        Fixtures.moveTo(id, "OPEN");
        return id;
    }

    private static String startedAt() {
        return Instant.now()
                .minus(1, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private Participation participation(String event, String id) {
        return participations.find(UUID.fromString(event), UUID.fromString(id));
    }

    private static String attend(String event, Map<String, Object> participant) {
        String id = Fixtures.register(event, participant);
        Fixtures.setParticipation(event, id, "ATTENDED");
        return id;
    }

    private static Map<String, Object> expert(UUID organization) {
        return Map.of(
                "organizationId", organization.toString(), "name", "Expert " + UUID.randomUUID(), "role", "EXPERT");
    }
}
