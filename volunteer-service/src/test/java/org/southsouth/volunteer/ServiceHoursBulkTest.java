package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

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
import org.southsouth.contracts.Topics;
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
        PublishedEvents.awaitRecords(Topics.VOLUNTEER_SERVICE_HOURS, ids.get(0), 1);
        PublishedEvents.awaitRecords(Topics.VOLUNTEER_SERVICE_HOURS, ids.get(1), 1);
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
