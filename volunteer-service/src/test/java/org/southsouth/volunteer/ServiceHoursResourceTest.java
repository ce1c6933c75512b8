package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.volunteer.ServiceHoursV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ServiceHoursResourceTest {

    @Test
    void loggedHoursAreVerifiedOnceAndBothArePublished() {
        String volunteer = Volunteers.register(Organizations.active("KE"));
        String id = log(volunteer, "2025-03-14", "6.5", List.of(3))
                .then()
                .statusCode(201)
                .body("verified", equalTo(false))
                .body("hours", equalTo(6.5f))
                .extract()
                .path("id");

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"3\"")
                .body(Map.of())
                .post("/api/v1/service-hours/" + id + "/verification")
                .then()
                .statusCode(412);
        Map<String, Object> verification = Map.of("verifiedBy", "coordinator@bvf.example");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "verify-" + id)
                .body(verification)
                .post("/api/v1/service-hours/" + id + "/verification")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("verified", equalTo(true))
                .body("verifiedBy", equalTo("coordinator@bvf.example"));
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "verify-" + id)
                .body(verification)
                .post("/api/v1/service-hours/" + id + "/verification")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .header("ETag", "\"1\"");
        for (Map<String, Object> repeated : List.of(verification, Map.<String, Object>of())) {
            given().contentType(ContentType.JSON)
                    .body(repeated)
                    .post("/api/v1/service-hours/" + id + "/verification")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("verifiedBy", equalTo("coordinator@bvf.example"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("verifiedBy", "someone-else@bvf.example"))
                .post("/api/v1/service-hours/" + id + "/verification")
                .then()
                .statusCode(409);

        var records = TopicRecords.awaitRecords(Topics.VOLUNTEER_SERVICE_HOURS, id, 2);
        assertEquals(
                "org.southsouth.volunteer.ServiceHoursLogged",
                EventCodec.decode(records.get(0).value()).type());
        var verified = EventCodec.decode(records.get(1).value());
        assertEquals("org.southsouth.volunteer.ServiceHoursVerified", verified.type());
        assertEquals(2, verified.sequence());
        assertEquals(true, verified.payload(ServiceHoursV1.class).verified());
    }

    @Test
    void badHoursAreRefusedWithTheFieldsNamed() {
        String volunteer = Volunteers.register(Organizations.active("KE"));
        log(volunteer, "2025-03-14", "0", List.of()).then().statusCode(400).body("errors.field", hasItems("hours"));
        log(volunteer, "2025-03-14", "24.5", List.of()).then().statusCode(400).body("errors.field", hasItems("hours"));
        log(volunteer, LocalDate.now().plusDays(2).toString(), "2", List.of())
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("date"));
        log(volunteer, "2025-03-14", "2", List.of(18))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(startsWith("sdgs[0]")));
        log(UUID.randomUUID().toString(), "2025-03-14", "2", List.of()).then().statusCode(422);

        log(volunteer, "2025-03-15", "20", List.of()).then().statusCode(201);
        log(volunteer, "2025-03-15", "4.5", List.of()).then().statusCode(422).body("detail", containsString("24"));
        log(volunteer, "2025-03-15", "4", List.of()).then().statusCode(201);

        Map<String, Object> onAStrangersDeployment = entry(volunteer, "2025-03-16", "2", List.of());
        onAStrangersDeployment.put("deploymentId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON)
                .body(onAStrangersDeployment)
                .post("/api/v1/service-hours")
                .then()
                .statusCode(422)
                .body("type", containsString("unknown-deployment"));

        given().get("/api/v1/service-hours?volunteerId=" + volunteer).then().body("total", equalTo(2));
    }

    /** A known data set: every total is exact. */
    @Test
    void totalsPerYearMonthSdgVolunteerAndOrganization() {
        UUID organization = Organizations.active("TH");
        String ana = Volunteers.register(organization);
        String ben = Volunteers.register(organization);
        String verifiedEntry = log(ana, "2025-01-10", "5", List.of(3, 4))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        log(ana, "2025-02-01", "2.5", List.of(3)).then().statusCode(201);
        log(ben, "2024-12-31", "4", List.of()).then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/service-hours/" + verifiedEntry + "/verification")
                .then()
                .statusCode(200);

        JsonPath years = totals("YEAR", organization);
        assertEquals(2, years.getInt("total"));
        assertEquals(List.of("2024", "2025"), years.getList("items.key"));
        assertEquals(List.of(4.0, 7.5), years.getList("items.hours", Double.class));
        assertEquals(List.of(0.0, 5.0), years.getList("items.verifiedHours", Double.class));
        assertEquals(List.of(1, 2), years.getList("items.entries", Integer.class));

        JsonPath sdgs = totals("SDG", organization);
        assertEquals(List.of("3", "4"), sdgs.getList("items.key"));
        assertEquals(List.of(7.5, 5.0), sdgs.getList("items.hours", Double.class));

        assertEquals(
                List.of("2024-12", "2025-01", "2025-02"),
                totals("MONTH", organization).getList("items.key"));
        JsonPath volunteers = given().get("/api/v1/service-hours/totals?groupBy=VOLUNTEER&organizationId="
                        + organization + "&from=2025-01-01")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(ana), volunteers.getList("items.key"));
        assertEquals(7.5, volunteers.getDouble("items[0].hours"));
        JsonPath organizations = given().get(
                        "/api/v1/service-hours/totals?groupBy=ORGANIZATION&organizationId=" + organization)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(11.5, organizations.getDouble("items[0].hours"));

        given().get("/api/v1/service-hours/totals").then().statusCode(400).body("errors.field", hasItems("groupBy"));
        given().get("/api/v1/service-hours/totals?groupBy=WEEKDAY").then().statusCode(400);
    }

    private static JsonPath totals(String groupBy, UUID organization) {
        return given().get("/api/v1/service-hours/totals?groupBy=" + groupBy + "&organizationId=" + organization)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static io.restassured.response.Response log(String volunteer, String date, String hours, List<Integer> sdgs) {
        return given().contentType(ContentType.JSON)
                .body(entry(volunteer, date, hours, sdgs))
                .post("/api/v1/service-hours");
    }

    static Map<String, Object> entry(String volunteer, String date, String hours, List<Integer> sdgs) {
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerId", volunteer);
        body.put("date", date);
        body.put("hours", new java.math.BigDecimal(hours));
        body.put("activity", "Health screening");
        body.put("sdgs", sdgs);
        return body;
    }
}
