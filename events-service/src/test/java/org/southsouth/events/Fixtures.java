package org.southsouth.events;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.contracts.volunteer.VolunteerV1;
import org.southsouth.events.messaging.OrganizationReplica;
import org.southsouth.events.messaging.VolunteerReplica;

/** Bodies and shortcuts the API tests share. */
public final class Fixtures {

    private Fixtures() {}

    /** A valid body for an event of {@code kind}, starting {@code startsInDays} from now, for two days. */
    public static Map<String, Object> event(String kind, int startsInDays, Integer capacity) {
        Instant start = Instant.now().plus(startsInDays, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind",
                kind,
                "title",
                "Exchange " + UUID.randomUUID(),
                "hostOrganizationId",
                organization().toString(),
                "country",
                "CN",
                "city",
                "Beijing",
                "startsAt",
                start.toString(),
                "endsAt",
                start.plus(2, ChronoUnit.DAYS).toString(),
                "timeZone",
                "Asia/Shanghai",
                "sdgs",
                List.of(4, 17),
                "languages",
                List.of("zh", "en")));
        if (capacity != null) {
            body.put("capacity", capacity);
        }
        if (kind.equals("DELEGATION_VISIT")) {
            body.put(
                    "delegationVisit",
                    Map.of("visitingOrganizationIds", List.of(organization().toString()), "delegatesCount", 12));
        }
        if (kind.equals("EXPERT_MISSION")) {
            body.put(
                    "expertMission",
                    Map.of(
                            "destinationCountry",
                            "KE",
                            "destinationCity",
                            "Nairobi",
                            "expertsCount",
                            3,
                            "expertise",
                            List.of("volunteer management")));
        }
        return body;
    }

    /** A new ACTIVE organization, announced as partner-service would (applied through the consumer's handler). */
    public static UUID organization() {
        return organization("ACTIVE");
    }

    public static UUID organization(String status) {
        UUID id = UUID.randomUUID();
        announceOrganization(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, status, "CN");
        return id;
    }

    /** A new ACTIVE organization in {@code country} (null: none known). */
    public static UUID organizationIn(String country) {
        UUID id = UUID.randomUUID();
        announceOrganization(PartnerEvents.ORGANIZATION_REGISTERED, id, 1, "ACTIVE", country);
        return id;
    }

    /** Applies the organization's state at {@code sequence} through the consumer's handler. */
    public static void announceOrganization(EventType type, UUID id, long sequence, String status, String country) {
        Arc.container()
                .instance(OrganizationReplica.class)
                .get()
                .apply(EventEnvelope.of(
                        type,
                        id.toString(),
                        sequence,
                        new OrganizationV1(
                                id,
                                "Organization " + id,
                                null,
                                "22",
                                country,
                                null,
                                status,
                                false,
                                List.of(),
                                null,
                                Instant.now())));
    }

    /** A new ACTIVE volunteer of {@code homeOrganization}, announced as volunteer-service would. */
    public static UUID volunteer(UUID homeOrganization) {
        UUID id = UUID.randomUUID();
        Arc.container()
                .instance(VolunteerReplica.class)
                .get()
                .apply(EventEnvelope.of(
                        VolunteerEvents.VOLUNTEER_REGISTERED,
                        id.toString(),
                        1,
                        new VolunteerV1(
                                id,
                                "Volunteer " + id,
                                "KE",
                                homeOrganization,
                                List.of("en"),
                                "ACTIVE",
                                Instant.now())));
        return id;
    }

    /** A body for an event of {@code host} in {@code country} (null: online), starting at {@code startsAt} for an hour. */
    public static Map<String, Object> eventAt(
            UUID host, String kind, String country, String startsAt, List<Integer> sdgs) {
        Map<String, Object> body = event(kind, 0, null);
        body.putAll(Map.of(
                "hostOrganizationId",
                host.toString(),
                "sdgs",
                sdgs,
                "startsAt",
                startsAt,
                "endsAt",
                Instant.parse(startsAt).plusSeconds(3600).toString()));
        body.put("country", country);
        if (country == null) {
            body.put("online", true);
        }
        return body;
    }

    public static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Walks the event along the lifecycle to {@code status} (DRAFT, OPEN, CLOSED or COMPLETED). */
    public static void moveTo(String eventId, String... statuses) {
        for (String status : statuses) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("status", status))
                    .post("/api/v1/events/" + eventId + "/status")
                    .then()
                    .statusCode(200);
        }
    }

    public static String openEvent(String kind, int startsInDays, Integer capacity) {
        String id = create(event(kind, startsInDays, capacity));
        moveTo(id, "OPEN");
        return id;
    }

    public static Map<String, Object> member(String name, String role) {
        return Map.of("organizationId", organization().toString(), "name", name, "role", role);
    }

    public static String register(String eventId, Map<String, Object> participant) {
        return given().contentType(ContentType.JSON)
                .body(participant)
                .post("/api/v1/events/" + eventId + "/participations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void setParticipation(String eventId, String participationId, String status) {
        given().contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .post("/api/v1/events/" + eventId + "/participations/" + participationId + "/status")
                .then()
                .statusCode(200);
    }

    /** A row of the completed-event figures (completedBy*), as the statistics answer it. */
    public static Map<String, Object> completedRow(
            String key, int visits, int delegates, int missions, int experts, int participants) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", key);
        row.put("delegationVisitsHosted", visits);
        row.put("delegatesHosted", delegates);
        row.put("expertMissionsCompleted", missions);
        row.put("expertsSent", experts);
        row.put("participants", participants);
        return row;
    }
}
