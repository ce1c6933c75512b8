package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.Topics;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ServiceHoursBulkTest {

    private static UUID home;

    @BeforeEach
    void organization() {
        if (home == null) {
            home = Organizations.active("KE");
        }
    }

    @Test
    void hoursNamingTheirVolunteerByExternalIdAreLoggedOnceWhateverTheResends() {
        String crm = "crm-" + UUID.randomUUID();
        Map<String, Object> volunteer = Volunteers.profile(home);
        volunteer.put("externalId", crm);
        String volunteerId =
                post(List.of(volunteer), "/api/v1/volunteers/bulk").extract().path("items[0].id");
        Map<String, Object> monday = hours(crm, crm + "-h1", "2026-03-02", "6.5");
        Map<String, Object> tuesday = hours(crm, crm + "-h2", "2026-03-03", "4");

        List<String> ids = post(List.of(monday, tuesday), "/api/v1/service-hours/bulk")
                .body("items.outcome", contains("created", "created"))
                .extract()
                .path("items.id");
        post(List.of(monday, tuesday), "/api/v1/service-hours/bulk")
                .body("items.outcome", contains("unchanged", "unchanged"))
                .body("items.id", equalTo(ids));
        tuesday.put("hours", 5.0);
        post(List.of(monday, tuesday), "/api/v1/service-hours/bulk")
                .body("items.outcome", contains("unchanged", "failed"))
                .body("items[1].status", equalTo(409));

        given().queryParam("volunteerId", volunteerId)
                .get("/api/v1/service-hours")
                .then()
                .body("total", equalTo(2))
                .body("items.hours", contains(6.5f, 4.0f));
        TopicRecords.awaitRecords(Topics.VOLUNTEER_SERVICE_HOURS, ids.get(0), 1);
        TopicRecords.awaitRecords(Topics.VOLUNTEER_SERVICE_HOURS, ids.get(1), 1);
    }

    @Test
    void aBadEntryAnUnknownVolunteerAndAForeignVolunteerFailAlone() {
        String nominee = Volunteers.register(home);
        String stranger = Volunteers.register(Organizations.active("GH"));
        Map<String, Object> good = hours(null, null, "2026-04-01", "3");
        good.put("volunteerId", nominee);
        Map<String, Object> tooLong = hours(null, null, "2026-04-02", "25");
        tooLong.put("volunteerId", nominee);
        Map<String, Object> unknown = hours("never-sent-" + UUID.randomUUID(), null, "2026-04-03", "3");
        Map<String, Object> foreign = hours(null, null, "2026-04-04", "3");
        foreign.put("volunteerId", stranger);

        given().auth()
                .oauth2(TestTokens.partnerOf(home))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(good, tooLong, unknown, foreign)))
                .post("/api/v1/service-hours/bulk")
                .then()
                .statusCode(200)
                .body("items.outcome", contains("created", "failed", "failed", "failed"))
                .body("items.status", contains(201, 400, 422, 403))
                .body("items[1].problem.errors.field", contains("hours"));
    }

    @Test
    void hoursCarryingTheirVerificationAreVerifiedOnceByTheirVerifier() {
        String volunteerId = Volunteers.register(home);
        String crm = "crm-" + UUID.randomUUID();
        Map<String, Object> monday = hours(null, crm + "-h1", "2026-05-04", "6");
        monday.put("volunteerId", volunteerId);
        monday.put("verified", true);
        monday.put("verifiedBy", "coordinator@bvf.example");
        Map<String, Object> tuesday = hours(null, crm + "-h2", "2026-05-05", "4");
        tuesday.put("volunteerId", volunteerId);

        List<String> ids = post(List.of(monday, tuesday), "/api/v1/service-hours/bulk")
                .body("items.outcome", contains("created", "created"))
                .extract()
                .path("items.id");
        tuesday.put("verified", true);
        tuesday.put("verifiedBy", "coordinator@bvf.example");
        post(List.of(monday, tuesday), "/api/v1/service-hours/bulk")
                .body("items.outcome", contains("unchanged", "updated"))
                .body("items.id", equalTo(ids));
        post(List.of(monday, tuesday), "/api/v1/service-hours/bulk")
                .body("items.outcome", contains("unchanged", "unchanged"));
        monday.put("verifiedBy", "someone-else@bvf.example");
        post(List.of(monday), "/api/v1/service-hours/bulk")
                .body("items.outcome", contains("failed"))
                .body("items[0].status", equalTo(409));

        for (String id : ids) {
            given().get("/api/v1/service-hours/" + id)
                    .then()
                    .body("verified", equalTo(true))
                    .body("verifiedBy", equalTo("coordinator@bvf.example"));
            List<String> types = TopicRecords.awaitRecords(Topics.VOLUNTEER_SERVICE_HOURS, id, 2).stream()
                    .map(r -> EventCodec.decode(r.value()).type())
                    .toList();
            assertEquals(
                    List.of(
                            "org.southsouth.volunteer.ServiceHoursLogged",
                            "org.southsouth.volunteer.ServiceHoursVerified"),
                    types);
        }
    }

    @Test
    void aPartnerLogsHoursInABatchButCannotVerifyThem() {
        String nominee = Volunteers.register(home);
        Map<String, Object> plain = hours(null, null, "2026-05-11", "3");
        plain.put("volunteerId", nominee);
        Map<String, Object> verified = hours(null, null, "2026-05-12", "3");
        verified.put("volunteerId", nominee);
        verified.put("verified", true);
        Map<String, Object> verifierAlone = hours(null, null, "2026-05-13", "3");
        verifierAlone.put("volunteerId", nominee);
        verifierAlone.put("verifiedBy", "coordinator@bvf.example");

        given().auth()
                .oauth2(TestTokens.partnerOf(home))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(plain, verified, verifierAlone)))
                .post("/api/v1/service-hours/bulk")
                .then()
                .statusCode(200)
                .body("items.outcome", contains("created", "failed", "failed"))
                .body("items.status", contains(201, 403, 400))
                .body("items[2].problem.errors.field", contains("verifiedBy"));
        given().queryParam("volunteerId", nominee)
                .get("/api/v1/service-hours")
                .then()
                .body("total", equalTo(1))
                .body("items[0].verified", equalTo(false));
    }

    @Test
    void aVerifyingBatchRepeatedUnderItsIdempotencyKeyAnswersTheFirstResult() {
        Map<String, Object> entry = hours(null, "crm-" + UUID.randomUUID(), "2026-05-18", "2");
        entry.put("volunteerId", Volunteers.register(home));
        entry.put("verified", true);
        String key = "bulk-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("items", List.of(entry)))
                .post("/api/v1/service-hours/bulk")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .extract()
                .asString();

        String replay = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("items", List.of(entry)))
                .post("/api/v1/service-hours/bulk")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .extract()
                .asString();

        assertEquals(first, replay);
    }

    private static ValidatableResponse post(List<Map<String, Object>> items, String path) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post(path)
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> hours(String volunteerExternalId, String externalId, String date, String hours) {
        Map<String, Object> entry = new HashMap<>();
        if (volunteerExternalId != null) {
            entry.put("volunteerExternalId", volunteerExternalId);
        }
        if (externalId != null) {
            entry.put("externalId", externalId);
        }
        entry.put("date", date);
        entry.put("hours", Double.parseDouble(hours));
        entry.put("activity", "Health screening at the community centre");
        entry.put("sdgs", List.of(3));
        return entry;
    }
}
