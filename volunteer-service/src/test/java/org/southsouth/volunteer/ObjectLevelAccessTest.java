package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

/**
 * A partner reaches its own nominees (and deployments it sends or hosts), a volunteer client itself: whatever id is
 * put in a path or body, another's records are answered as if they did not exist (404) or refused (403), and stay
 * as they were.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ObjectLevelAccessTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private UUID orgA;
    private UUID orgB;
    private UUID host;
    private String skill;
    /** A's nominee. */
    private String x;
    /** B's nominee, with a consent to publicity, a planned deployment and logged hours. */
    private String y;

    private String consentOfY;
    private String deploymentOfY;
    private String hoursOfY;

    @BeforeEach
    void twoPartnersWithOneNomineeEach() {
        orgA = Organizations.active("KE");
        orgB = Organizations.active("TH");
        host = Organizations.active("NP");
        skill = "access-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", skill, "label", "Access test skill"))
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(201);
        x = nominee(orgA);
        y = nominee(orgB);
        consentOfY = given().contentType(ContentType.JSON)
                .body(Map.of("purpose", "PUBLICITY", "policyVersion", "2026-01"))
                .post("/api/v1/volunteers/" + y + "/consents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        deploymentOfY = given().contentType(ContentType.JSON)
                .body(plan(y, orgB, "2027-01-15", "2027-10-15"))
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        hoursOfY = given().contentType(ContentType.JSON)
                .body(hours(y, "2025-03-14"))
                .post("/api/v1/service-hours")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aPartnerCannotReachAnotherPartnersNomineeAndNothingChanges() {
        String before = snapshotOfY();
        RequestSpecification partnerA = as(TestTokens.partnerOf(orgA));

        attemptsOnY(partnerA);
        refused(
                given().spec(partnerA)
                        .contentType(ContentType.JSON)
                        .body(plan(y, orgA, "2028-01-15", "2028-06-15"))
                        .post("/api/v1/deployments"),
                403);
        refused(
                given().spec(partnerA)
                        .contentType(ContentType.JSON)
                        .body(plan(y, orgB, "2028-01-15", "2028-06-15"))
                        .post("/api/v1/deployments"),
                403);
        refused(
                given().spec(partnerA)
                        .contentType(ContentType.JSON)
                        .body(plan(UUID.randomUUID().toString(), orgA, "2028-01-15", "2028-06-15"))
                        .post("/api/v1/deployments"),
                403);
        refused(
                given().spec(partnerA)
                        .contentType(ContentType.JSON)
                        .body(Volunteers.profile(orgB))
                        .post("/api/v1/volunteers"),
                403);
        refused(
                given().spec(partnerA)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("homeOrganizationId", orgB.toString()))
                        .patch("/api/v1/volunteers/" + x),
                403);
        refused(
                given().spec(partnerA)
                        .contentType(ContentType.JSON)
                        .body(Map.of())
                        .post("/api/v1/volunteers/" + x + "/erasure"),
                403);

        given().spec(partnerA)
                .get("/api/v1/volunteers?size=200")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", equalTo(List.of(x)));
        given().spec(partnerA)
                .get("/api/v1/deployments?volunteerId=" + y)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().spec(partnerA)
                .get("/api/v1/service-hours?volunteerId=" + y)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().spec(partnerA)
                .get("/api/v1/service-hours/totals?groupBy=VOLUNTEER&volunteerId=" + y)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().spec(partnerA)
                .get("/api/v1/matches?skills=" + skill + "&from=2029-01-01&to=2029-03-31")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.volunteerId", equalTo(List.of(x)));

        assertEquals(before, snapshotOfY());
        given().get("/api/v1/volunteers/" + x)
                .then()
                .body("homeOrganizationId", equalTo(orgA.toString()))
                .body("status", equalTo("ACTIVE"));
        given().get("/api/v1/volunteers/statistics?homeOrganizationId=" + orgB)
                .then()
                .body("registered", equalTo(1));
    }

    @Test
    void aVolunteerCannotReachAnotherVolunteerAndNothingChanges() {
        String before = snapshotOfY();
        RequestSpecification volunteerX = as(TestTokens.volunteer(x));

        attemptsOnY(volunteerX);
        refused(
                given().spec(volunteerX)
                        .contentType(ContentType.JSON)
                        .body(plan(x, orgA, "2028-01-15", "2028-06-15"))
                        .post("/api/v1/deployments"),
                403);
        refused(
                given().spec(volunteerX)
                        .contentType(ContentType.JSON)
                        .body(Volunteers.profile(orgA))
                        .post("/api/v1/volunteers"),
                403);
        refused(
                given().spec(volunteerX).get("/api/v1/matches?skills=" + skill + "&from=2029-01-01&to=2029-03-31"),
                403);
        refused(
                given().spec(volunteerX)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("homeOrganizationId", orgB.toString()))
                        .patch("/api/v1/volunteers/" + x),
                403);

        given().spec(volunteerX)
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", equalTo(List.of(x)));
        given().spec(volunteerX)
                .get("/api/v1/deployments?volunteerId=" + y)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().spec(volunteerX)
                .get("/api/v1/service-hours")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().spec(volunteerX)
                .get("/api/v1/service-hours/totals?groupBy=VOLUNTEER")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        assertEquals(before, snapshotOfY());
    }

    @Test
    void thePartnerOfTheHomeOrganizationActsOnItsNominee() {
        RequestSpecification partnerB = as(TestTokens.partnerOf(orgB));

        Map<String, Object> withoutHome = Volunteers.profile(orgB);
        withoutHome.remove("homeOrganizationId");
        given().spec(partnerB)
                .contentType(ContentType.JSON)
                .body(withoutHome)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201)
                .body("homeOrganizationId", equalTo(orgB.toString()));
        given().spec(partnerB)
                .get("/api/v1/volunteers/" + y)
                .then()
                .statusCode(200)
                .body("id", equalTo(y));
        given().spec(partnerB)
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("bio", "Updated by her organization"))
                .patch("/api/v1/volunteers/" + y)
                .then()
                .statusCode(200)
                .body("bio", equalTo("Updated by her organization"));
        given().spec(partnerB)
                .get("/api/v1/volunteers/" + y + "/consents")
                .then()
                .statusCode(200)
                .body("id", hasItem(consentOfY))
                .body("purpose", equalTo(List.of("MATCHING", "PUBLICITY")));
        given().spec(partnerB)
                .post("/api/v1/volunteers/" + y + "/consents/" + consentOfY + "/withdrawal")
                .then()
                .statusCode(200);
        given().spec(partnerB)
                .get("/api/v1/volunteers/" + y + "/participations")
                .then()
                .statusCode(200);
        given().spec(partnerB)
                .get("/api/v1/matches?skills=" + skill + "&from=2029-01-01&to=2029-03-31")
                .then()
                .statusCode(200)
                .body("items.volunteerId", equalTo(List.of(y)));

        given().spec(partnerB)
                .get("/api/v1/deployments/" + deploymentOfY)
                .then()
                .statusCode(200);
        given().spec(partnerB)
                .contentType(MERGE_PATCH)
                .body(Map.of("role", "Nurse trainer"))
                .patch("/api/v1/deployments/" + deploymentOfY)
                .then()
                .statusCode(200)
                .body("role", equalTo("Nurse trainer"));
        given().spec(partnerB)
                .contentType(MERGE_PATCH)
                .body(Map.of("sendingOrganizationId", orgA.toString()))
                .patch("/api/v1/deployments/" + deploymentOfY)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        String second = given().spec(partnerB)
                .contentType(ContentType.JSON)
                .body(plan(y, orgB, "2028-01-15", "2028-06-15"))
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().spec(partnerB)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED"))
                .post("/api/v1/deployments/" + second + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));

        given().spec(partnerB).get("/api/v1/service-hours/" + hoursOfY).then().statusCode(200);
        given().spec(partnerB)
                .contentType(ContentType.JSON)
                .body(hours(y, "2025-03-15"))
                .post("/api/v1/service-hours")
                .then()
                .statusCode(201);
        given().spec(partnerB)
                .get("/api/v1/service-hours/totals?groupBy=VOLUNTEER")
                .then()
                .statusCode(200)
                .body("items.key", equalTo(List.of(y)))
                .body("items[0].hours", equalTo(5.0f));
        refused(
                given().spec(partnerB)
                        .contentType(ContentType.JSON)
                        .body(Map.of())
                        .post("/api/v1/service-hours/" + hoursOfY + "/verification"),
                403);
        refused(
                given().spec(partnerB)
                        .contentType(ContentType.JSON)
                        .body(Map.of())
                        .post("/api/v1/volunteers/" + y + "/erasure"),
                403);
        refused(
                given().spec(partnerB)
                        .contentType(ContentType.JSON)
                        .body(Map.of("code", skill + "-x", "label", "x"))
                        .post("/api/v1/volunteers/skills"),
                403);
    }

    @Test
    void aVolunteerActsOnItselfAndMayEraseItself() {
        RequestSpecification volunteerY = as(TestTokens.volunteer(y));

        given().spec(volunteerY)
                .get("/api/v1/volunteers")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(y)));
        given().spec(volunteerY)
                .contentType(MERGE_PATCH)
                .body(Map.of("bio", "Written by myself"))
                .patch("/api/v1/volunteers/" + y)
                .then()
                .statusCode(200)
                .body("bio", equalTo("Written by myself"));
        given().spec(volunteerY)
                .contentType(ContentType.JSON)
                .body(Map.of("purpose", "PUBLICITY", "policyVersion", "2026-01"))
                .post("/api/v1/volunteers/" + y + "/consents")
                .then()
                .statusCode(201);
        given().spec(volunteerY)
                .get("/api/v1/volunteers/" + y + "/participations")
                .then()
                .statusCode(200);
        given().spec(volunteerY)
                .get("/api/v1/deployments")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(deploymentOfY)));
        refused(
                given().spec(volunteerY)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("role", "Self-appointed"))
                        .patch("/api/v1/deployments/" + deploymentOfY),
                403);
        given().spec(volunteerY)
                .contentType(ContentType.JSON)
                .body(hours(y, "2025-03-16"))
                .post("/api/v1/service-hours")
                .then()
                .statusCode(201);
        given().spec(volunteerY).get("/api/v1/service-hours/" + hoursOfY).then().statusCode(200);
        given().spec(volunteerY)
                .get("/api/v1/service-hours")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));

        given().spec(volunteerY)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/volunteers/" + y + "/erasure")
                .then()
                .statusCode(200)
                .body("status", equalTo("ERASED"));
    }

    @Test
    void theHostMayOnlyConfirmArrivalAndReportersReadFiguresAndDeploymentsOnly() {
        RequestSpecification hostPartner = as(TestTokens.partnerOf(host));
        given().spec(hostPartner)
                .get("/api/v1/deployments/" + deploymentOfY)
                .then()
                .statusCode(200);
        given().spec(hostPartner)
                .get("/api/v1/deployments?hostOrganizationId=" + host)
                .then()
                .body("items.id", equalTo(List.of(deploymentOfY)));
        refused(
                given().spec(hostPartner)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("role", "Changed by host"))
                        .patch("/api/v1/deployments/" + deploymentOfY),
                403);
        refused(
                given().spec(hostPartner)
                        .contentType(ContentType.JSON)
                        .body(Map.of("status", "CANCELLED"))
                        .post("/api/v1/deployments/" + deploymentOfY + "/status"),
                403);
        given().spec(hostPartner)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/deployments/" + deploymentOfY + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        refused(given().spec(hostPartner).get("/api/v1/volunteers/" + y), 404);

        RequestSpecification reporter = as(TestTokens.reporter());
        refused(given().spec(reporter).get("/api/v1/volunteers/" + y), 403);
        refused(given().spec(reporter).get("/api/v1/volunteers"), 403);
        refused(given().spec(reporter).get("/api/v1/service-hours/" + hoursOfY), 403);
        refused(given().spec(reporter).get("/api/v1/service-hours"), 403);
        refused(given().spec(reporter).get("/api/v1/matches?from=2029-01-01&to=2029-03-31"), 403);
        given().spec(reporter)
                .get("/api/v1/deployments/" + deploymentOfY)
                .then()
                .statusCode(200);
        given().spec(reporter)
                .get("/api/v1/service-hours/totals?groupBy=VOLUNTEER&volunteerId=" + y)
                .then()
                .statusCode(200)
                .body("items[0].hours", equalTo(2.5f));
        given().spec(reporter)
                .get("/api/v1/volunteers/statistics?homeOrganizationId=" + orgB)
                .then()
                .statusCode(200)
                .body("registered", equalTo(1));
        given().spec(reporter)
                .get("/api/v1/volunteers/skills")
                .then()
                .statusCode(200)
                .body("code", hasItem(skill));
        given().spec(reporter).get("/api/v1/host-organizations/" + host).then().statusCode(200);
    }

    /** Every call on Y's records by a caller who does not reach Y: as if Y did not exist, or refused. */
    private void attemptsOnY(RequestSpecification caller) {
        refused(given().spec(caller).get("/api/v1/volunteers/" + y), 404);
        refused(
                given().spec(caller)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("name", "Hijacked"))
                        .patch("/api/v1/volunteers/" + y),
                404);
        refused(given().spec(caller).get("/api/v1/volunteers/" + y + "/consents"), 404);
        refused(
                given().spec(caller)
                        .contentType(ContentType.JSON)
                        .body(Map.of("purpose", "PUBLICITY", "policyVersion", "2026-01"))
                        .post("/api/v1/volunteers/" + y + "/consents"),
                404);
        refused(given().spec(caller).post("/api/v1/volunteers/" + y + "/consents/" + consentOfY + "/withdrawal"), 404);
        refused(given().spec(caller).get("/api/v1/volunteers/" + y + "/participations"), 404);
        refused(
                given().spec(caller)
                        .contentType(ContentType.JSON)
                        .body(Map.of())
                        .post("/api/v1/volunteers/" + y + "/erasure"),
                404);
        refused(given().spec(caller).get("/api/v1/deployments/" + deploymentOfY), 404);
        refused(
                given().spec(caller)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("role", "Hijacked"))
                        .patch("/api/v1/deployments/" + deploymentOfY),
                404);
        refused(
                given().spec(caller)
                        .contentType(ContentType.JSON)
                        .body(Map.of("status", "CANCELLED"))
                        .post("/api/v1/deployments/" + deploymentOfY + "/status"),
                404);
        refused(
                given().spec(caller)
                        .contentType(ContentType.JSON)
                        .body(hours(y, "2025-03-20"))
                        .post("/api/v1/service-hours"),
                403);
        refused(given().spec(caller).get("/api/v1/service-hours/" + hoursOfY), 404);
        refused(
                given().spec(caller)
                        .contentType(ContentType.JSON)
                        .body(Map.of())
                        .post("/api/v1/service-hours/" + hoursOfY + "/verification"),
                403);
    }

    /** Everything about Y as network staff see it, ETags included. */
    private String snapshotOfY() {
        return String.join(
                "\n",
                withETag(given().get("/api/v1/volunteers/" + y)),
                given().get("/api/v1/volunteers/" + y + "/consents")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                withETag(given().get("/api/v1/deployments/" + deploymentOfY)),
                given().get("/api/v1/deployments?volunteerId=" + y)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                withETag(given().get("/api/v1/service-hours/" + hoursOfY)),
                given().get("/api/v1/service-hours?volunteerId=" + y)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    private static String withETag(Response response) {
        response.then().statusCode(200);
        return response.header("ETag") + " " + response.asString();
    }

    private static void refused(Response response, int status) {
        response.then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("detail", not(equalTo(null)));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private String nominee(UUID home) {
        Map<String, Object> body = Volunteers.profile(home);
        body.put("skills", List.of(skill));
        body.put("availability", List.of(Map.of("from", "2029-01-01", "to", "2029-12-31")));
        String id = Volunteers.register(body);
        given().contentType(ContentType.JSON)
                .body(Map.of("purpose", "MATCHING", "policyVersion", "2026-01"))
                .post("/api/v1/volunteers/" + id + "/consents")
                .then()
                .statusCode(201);
        return id;
    }

    private Map<String, Object> plan(String volunteer, UUID sender, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerId", volunteer);
        body.put("sendingOrganizationId", sender.toString());
        body.put("hostOrganizationId", host.toString());
        body.put("country", "NP");
        body.put("programme", "NATIONAL_FOREIGN_AID");
        body.put("role", "Community health advisor");
        body.put("plannedStart", start);
        body.put("plannedEnd", end);
        return body;
    }

    private static Map<String, Object> hours(String volunteer, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerId", volunteer);
        body.put("date", LocalDate.parse(date).toString());
        body.put("hours", new java.math.BigDecimal("2.5"));
        body.put("activity", "Health screening");
        return body;
    }
}
