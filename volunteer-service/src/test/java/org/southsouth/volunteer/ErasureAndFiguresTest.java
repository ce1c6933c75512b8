package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.contracts.events.ParticipationV1;
import org.southsouth.contracts.volunteer.VolunteerErasedV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/** Figures on a known data set, participation history from events-service, and erasure that leaves both intact. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ErasureAndFiguresTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void figuresAreExactAndErasureRemovesThePersonButNotTheFacts() throws Exception {
        UUID home = Organizations.active("CN");
        UUID host = Organizations.active("NP");
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> anaProfile = Volunteers.profile(home);
        anaProfile.put("name", "Ana " + marker);
        anaProfile.put("email", marker + "@example.org");
        anaProfile.put("phone", "+86 555 123456");
        anaProfile.put("bio", "Bio of " + marker);
        String ana = Volunteers.register(anaProfile);
        String ben = Volunteers.register(home);
        String cid = Volunteers.register(home);
        String dan = Volunteers.register(home);

        String anaHours = ServiceHoursResourceTest.log(ana, "2025-05-01", "5", List.of(3))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/service-hours/" + anaHours + "/verification")
                .then()
                .statusCode(200);
        Map<String, Object> cidEntry = ServiceHoursResourceTest.entry(cid, "2025-06-01", "2", List.of(4));
        cidEntry.put("activity", "Activity of " + marker);
        given().contentType(ContentType.JSON)
                .body(cidEntry)
                .post("/api/v1/service-hours")
                .then()
                .statusCode(201);
        Map<String, Object> anaEntry = ServiceHoursResourceTest.entry(ana, "2025-06-02", "1.5", List.of());
        anaEntry.put("activity", "Met " + marker);
        given().contentType(ContentType.JSON)
                .body(anaEntry)
                .post("/api/v1/service-hours")
                .then()
                .statusCode(201);

        String benDeployment = deploy(ben, home, host, "UN_VOLUNTEERS", List.of(3, 17));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/deployments/" + benDeployment + "/status")
                .then()
                .statusCode(200);
        deploy(dan, home, host, "NATIONAL_FOREIGN_AID", List.of(4));

        UUID participation = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        publishParticipation(participation, event, ana, 2, "ATTENDED");
        publishParticipation(participation, event, ana, 2, "ATTENDED");
        publishParticipation(participation, event, ana, 1, "REGISTERED");
        publishParticipation(UUID.randomUUID(), event, cid, 1, "NO_SHOW");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/api/v1/volunteers/" + cid + "/participations")
                        .then()
                        .body("size()", equalTo(1)));
        given().get("/api/v1/volunteers/" + ana + "/participations")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].status", equalTo("ATTENDED"))
                .body("[0].eventId", equalTo(event.toString()));

        String figures = statistics(home);
        int thisYear = Year.now(ZoneOffset.UTC).getValue();
        String thisMonth = YearMonth.now(ZoneOffset.UTC).toString();
        given().get("/api/v1/volunteers/statistics?homeOrganizationId=" + home)
                .then()
                .statusCode(200)
                .body("registered", equalTo(4))
                .body("engaged", equalTo(2))
                .body("deployed", equalTo(1))
                .body("hours", equalTo(8.5f))
                .body("verifiedHours", equalTo(5.0f))
                .body("byCountry", equalTo(List.of(Map.of("country", "NP", "deployments", 1, "volunteers", 1))))
                .body(
                        "byProgramme",
                        equalTo(List.of(Map.of("programme", "UN_VOLUNTEERS", "deployments", 1, "volunteers", 1))))
                .body("bySdg.sdg", equalTo(List.of(3, 4, 17)))
                .body("bySdg.deployments", equalTo(List.of(1, 0, 1)))
                .body("bySdg.hours", equalTo(List.of(5.0f, 2.0f, 0)))
                .body("bySdg.verifiedHours", equalTo(List.of(5.0f, 0, 0)))
                .body("byYear.year", equalTo(List.of(2025, thisYear, 2027)))
                .body("byYear.registered", equalTo(List.of(0, 4, 0)))
                .body("byYear.deployed", equalTo(List.of(0, 0, 1)))
                .body("byYear.verifiedHours", equalTo(List.of(5.0f, 0, 0)))
                .body("byMonth.month", equalTo(List.of("2025-05", "2025-06", thisMonth, "2027-02")))
                .body("byMonth.registered", equalTo(List.of(0, 0, 4, 0)))
                .body("byMonth.deployed", equalTo(List.of(0, 0, 0, 1)))
                .body("byMonth.hours", equalTo(List.of(5.0f, 3.5f, 0, 0)))
                .body("byMonth.verifiedHours", equalTo(List.of(5.0f, 0, 0, 0)));
        String hoursByOrganization = given().get(
                        "/api/v1/service-hours/totals?groupBy=ORGANIZATION&organizationId=" + home)
                .then()
                .extract()
                .asString();

        given().post("/api/v1/volunteers/" + ana + "/erasure")
                .then()
                .statusCode(200)
                .body("status", equalTo("ERASED"))
                .body("name", equalTo("Erased volunteer"))
                .body("phone", equalTo(null));
        given().post("/api/v1/volunteers/" + ana + "/erasure")
                .then()
                .statusCode(200)
                .body("status", equalTo("ERASED"));
        given().post("/api/v1/volunteers/" + ben + "/erasure").then().statusCode(200);
        given().post("/api/v1/volunteers/" + cid + "/erasure").then().statusCode(200);

        assertEquals(figures, statistics(home), "figures must not change with erasure");
        assertEquals(
                hoursByOrganization,
                given().get("/api/v1/service-hours/totals?groupBy=ORGANIZATION&organizationId=" + home)
                        .then()
                        .extract()
                        .asString());
        assertEquals(List.of(), rowsMentioning(marker), "no table may still hold the erased data");
        assertEquals(List.of(), rowsMentioning("+86 555 123456"));
        given().contentType("application/merge-patch+json")
                .body("{\"name\": \"Back\"}")
                .patch("/api/v1/volunteers/" + ana)
                .then()
                .statusCode(409);
        given().get("/api/v1/volunteers/" + ana + "/participations").then().body("size()", equalTo(1));

        var erased =
                TopicRecords.awaitRecords(Topics.VOLUNTEER_VOLUNTEERS, ana, 2).get(1);
        EventEnvelope envelope = EventCodec.decode(erased.value());
        assertEquals("org.southsouth.volunteer.VolunteerErased", envelope.type());
        assertEquals(
                UUID.fromString(ana), envelope.payload(VolunteerErasedV1.class).id());
    }

    private static String statistics(UUID home) {
        return given().get("/api/v1/volunteers/statistics?homeOrganizationId=" + home)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static String deploy(String volunteer, UUID sender, UUID host, String programme, List<Integer> sdgs) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        volunteer,
                        "sendingOrganizationId",
                        sender.toString(),
                        "hostOrganizationId",
                        host.toString(),
                        "country",
                        "NP",
                        "programme",
                        programme,
                        "role",
                        "Advisor",
                        "plannedStart",
                        "2027-02-01",
                        "plannedEnd",
                        "2027-08-01",
                        "sdgs",
                        sdgs))
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void publishParticipation(UUID id, UUID event, String volunteer, long sequence, String status)
            throws Exception {
        ParticipationV1 payload = new ParticipationV1(
                id,
                event,
                "EXCHANGE_CAMP",
                "TH",
                UUID.fromString(volunteer),
                null,
                "VOLUNTEER",
                status,
                Instant.now(),
                Instant.now());
        EventEnvelope envelope =
                EventEnvelope.of(EventsServiceEvents.PARTICIPATION_STATUS_CHANGED, id.toString(), sequence, payload);
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.broker().bootstrapServers());
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            Topics.EVENTS_PARTICIPATIONS, id.toString(), EventCodec.encode(envelope)))
                    .get();
        }
    }

    /** Every row of every table of this service, as text, searched for the value. */
    private List<String> rowsMentioning(String value) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement tables = connection.prepareStatement(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
                ResultSet names = tables.executeQuery()) {
            while (names.next()) {
                String table = names.getString(1);
                try (PreparedStatement search = connection.prepareStatement(
                        "SELECT count(*) FROM \"" + table + "\" t WHERE strpos(t::text, ?) > 0")) {
                    search.setString(1, value);
                    try (ResultSet count = search.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(table);
                        }
                    }
                }
            }
        }
        return found;
    }
}
