package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.volunteer.ApplicationV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ApplicationResourceTest {

    private static UUID home;
    private static UUID host;

    @BeforeEach
    void organizations() {
        if (home == null) {
            home = Organizations.active("KE");
            host = Organizations.active("NP");
        }
    }

    @Test
    void aVolunteerAppliesIsSelectedAndTheAcceptedOfferBecomesAPlannedDeployment() {
        String opportunity = Opportunities.open(Opportunities.fields(host));
        String volunteer = Volunteers.register(home);
        RequestSpecification self = as(TestTokens.volunteer(volunteer));
        RequestSpecification hostPartner = as(TestTokens.partnerOf(host));

        String id = given().spec(self)
                .contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "motivation", "Five years as a community nurse"))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/applications/"))
                .header("ETag", "\"0\"")
                .body("volunteerId", equalTo(volunteer))
                .body("nominatedByOrganizationId", nullValue())
                .body("status", equalTo("SUBMITTED"))
                .body("statusHistory[0].by", equalTo("volunteer-" + volunteer))
                .extract()
                .path("id");
        given().spec(self)
                .contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "motivation", "Again"))
                .post("/api/v1/applications")
                .then()
                .statusCode(409);

        move(hostPartner, id, Map.of("status", "SHORTLISTED")).then().statusCode(200);
        move(hostPartner, id, Map.of("status", "OFFERED", "reason", "Best profile"))
                .then()
                .statusCode(200);
        move(self, id, Map.of("status", "ACCEPTED", "plannedStart", "2027-03-15"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("deploymentId", notNullValue())
                .body("statusHistory.status", equalTo(List.of("SUBMITTED", "SHORTLISTED", "OFFERED", "ACCEPTED")))
                .body("statusHistory[2].reason", equalTo("Best profile"));

        String deployment =
                given().get("/api/v1/applications/" + id).then().extract().path("deploymentId");
        given().get("/api/v1/deployments/" + deployment)
                .then()
                .statusCode(200)
                .body("status", equalTo("PLANNED"))
                .body("volunteerId", equalTo(volunteer))
                .body("sendingOrganizationId", equalTo(home.toString()))
                .body("hostOrganizationId", equalTo(host.toString()))
                .body("country", equalTo("NP"))
                .body("programme", equalTo("NATIONAL_FOREIGN_AID"))
                .body("role", equalTo("Community health volunteer"))
                .body("plannedStart", equalTo("2027-03-15"))
                .body("plannedEnd", equalTo("2027-09-15"))
                .body("sdgs", equalTo(List.of(3)));
        given().get("/api/v1/opportunities/" + opportunity)
                .then()
                .body("positionsFilled", equalTo(1))
                .body("status", equalTo("OPEN"));

        List<EventEnvelope> events = TopicRecords.awaitRecords(Topics.VOLUNTEER_APPLICATIONS, id, 4).stream()
                .map(r -> EventCodec.decode(r.value()))
                .toList();
        assertEquals(
                "org.southsouth.volunteer.ApplicationSubmitted", events.get(0).type());
        ApplicationV1 accepted = events.get(3).payload(ApplicationV1.class);
        assertEquals("ACCEPTED", accepted.status());
        assertEquals(UUID.fromString(deployment), accepted.deploymentId());
        assertEquals(List.of(home, host), accepted.visibleToOrganizationIds());
        TopicRecords.awaitRecords(Topics.VOLUNTEER_DEPLOYMENTS, deployment, 1);
    }

    @Test
    void aRetriedMoveAnswersItsFirstResultAndTheStatusRepeatedChangesNothing() {
        String opportunity = Opportunities.open(Opportunities.fields(host));
        String volunteer = Volunteers.register(home);
        String id = given().spec(as(TestTokens.volunteer(volunteer)))
                .contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "motivation", "Trained as a midwife"))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        RequestSpecification retried = given().header("Idempotency-Key", "shortlist-" + id);
        move(retried, id, Map.of("status", "SHORTLISTED"))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        move(given(), id, Map.of("status", "SHORTLISTED"))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        move(given(), id, Map.of("status", "OFFERED")).then().statusCode(200).header("ETag", "\"2\"");

        move(retried, id, Map.of("status", "SHORTLISTED"))
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .header("ETag", "\"1\"")
                .body("status", equalTo("SHORTLISTED"));
        given().get("/api/v1/applications/" + id)
                .then()
                .header("ETag", "\"2\"")
                .body("statusHistory.status", equalTo(List.of("SUBMITTED", "SHORTLISTED", "OFFERED")));
    }

    @Test
    void aPartnerNominatesItsNomineeAndAfterTheDeadlineOnlyStaffAddApplications() {
        String opportunity = Opportunities.open(Opportunities.fields(host));
        String nominee = Volunteers.register(home);
        RequestSpecification homePartner = as(TestTokens.partnerOf(home));
        given().spec(homePartner)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "opportunityId",
                        opportunity,
                        "volunteerId",
                        nominee,
                        "motivation",
                        "Our best nurse",
                        "availableFrom",
                        "2027-03-01",
                        "availableTo",
                        "2028-02-28"))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .body("nominatedByOrganizationId", equalTo(home.toString()));

        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        given().contentType("application/merge-patch+json")
                .body(Map.of("applicationDeadline", yesterday))
                .patch("/api/v1/opportunities/" + opportunity)
                .then()
                .statusCode(200);
        String late = Volunteers.register(home);
        given().spec(homePartner)
                .contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "volunteerId", late, "motivation", "Late"))
                .post("/api/v1/applications")
                .then()
                .statusCode(422)
                .body("type", containsString("deadline-passed"));
        given().contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "volunteerId", late, "motivation", "Late"))
                .post("/api/v1/applications")
                .then()
                .statusCode(201);
    }

    @Test
    void applicationsNeedAnOpenOpportunityAndAValidBody() {
        String draft = Opportunities.draft(Opportunities.fields(host));
        String volunteer = Volunteers.register(home);
        apply(volunteer, draft).then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("opportunityId", draft))
                .post("/api/v1/applications")
                .then()
                .statusCode(400);
        String open = Opportunities.open(Opportunities.fields(host));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "opportunityId",
                        open,
                        "volunteerId",
                        volunteer,
                        "motivation",
                        "x",
                        "availableFrom",
                        "2027-03-01",
                        "availableTo",
                        "2027-01-01"))
                .post("/api/v1/applications")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("availableTo")));
        apply(UUID.randomUUID().toString(), open).then().statusCode(422);
        apply(volunteer, UUID.randomUUID().toString()).then().statusCode(404);
        String id = apply(volunteer, open).then().statusCode(201).extract().path("id");
        move(as(TestTokens.admin()), id, Map.of("status", "ACCEPTED")).then().statusCode(409);
        move(as(TestTokens.admin()), id, Map.of("status", "WITHDRAWN")).then().statusCode(200);
        move(as(TestTokens.admin()), id, Map.of("status", "SHORTLISTED"))
                .then()
                .statusCode(409)
                .body("detail", containsString("final"));
        apply(volunteer, open).then().statusCode(201);
    }

    /** Twelve offered volunteers accept at once for two positions: exactly two win, the opportunity is FILLED, the rest told. */
    @Test
    void concurrentAcceptancesNeverOverFillAndTheLastPositionFillsTheOpportunity() throws Exception {
        String opportunity = Opportunities.open(Opportunities.fields(host));
        List<String> offered = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String id = apply(Volunteers.register(home), opportunity)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            move(as(TestTokens.admin()), id, Map.of("status", "OFFERED")).then().statusCode(200);
            offered.add(id);
        }
        String waiting = apply(Volunteers.register(home), opportunity)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<Integer>> acceptances = new ArrayList<>();
        for (String id : offered) {
            acceptances.add(() -> move(as(TestTokens.admin()), id, Map.of("status", "ACCEPTED"))
                    .statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(acceptances)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertEquals(2, Collections.frequency(statuses, 200), statuses.toString());
        assertEquals(10, Collections.frequency(statuses, 409), statuses.toString());
        given().get("/api/v1/opportunities/" + opportunity)
                .then()
                .body("status", equalTo("FILLED"))
                .body("positionsFilled", equalTo(2))
                .body("filledAt", notNullValue())
                .body("statusHistory[-1].by", equalTo("volunteer-service"));
        given().get("/api/v1/applications?opportunityId=" + opportunity + "&status=ACCEPTED")
                .then()
                .body("total", equalTo(2));
        given().get("/api/v1/applications?opportunityId=" + opportunity + "&status=REJECTED&size=200")
                .then()
                .body("total", equalTo(11));
        given().get("/api/v1/applications/" + waiting)
                .then()
                .body("status", equalTo("REJECTED"))
                .body("statusHistory[-1].reason", equalTo("All 2 positions are filled"));
        given().get("/api/v1/deployments?hostOrganizationId=" + host + "&size=200")
                .then()
                .statusCode(200);
        EventEnvelope told = EventCodec.decode(TopicRecords.awaitRecords(Topics.VOLUNTEER_APPLICATIONS, waiting, 2)
                .get(1)
                .value());
        assertEquals("REJECTED", told.payload(ApplicationV1.class).status());
        apply(Volunteers.register(home), opportunity).then().statusCode(409);
    }

    /** Eight submissions of the same volunteer to the same opportunity race: exactly one is taken. */
    @Test
    void concurrentApplicationsOfOneVolunteerLetExactlyOneThrough() throws Exception {
        String opportunity = Opportunities.open(Opportunities.fields(host));
        String volunteer = Volunteers.register(home);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> submissions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submissions.add(() -> apply(volunteer, opportunity).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(submissions)) {
            statuses.add(status.get());
        }
        pool.shutdown();
        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(7, Collections.frequency(statuses, 409), statuses.toString());
        given().get("/api/v1/applications?volunteerId=" + volunteer).then().body("total", equalTo(1));
    }

    @Test
    void erasureOverwritesTheMotivationAndErasedVolunteersCannotApply() {
        String opportunity = Opportunities.open(Opportunities.fields(host));
        String volunteer = Volunteers.register(home);
        String id =
                apply(volunteer, opportunity).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/volunteers/" + volunteer + "/erasure")
                .then()
                .statusCode(200);
        given().get("/api/v1/applications/" + id)
                .then()
                .body("motivation", equalTo("[erased]"))
                .header("ETag", "\"1\"");
        apply(volunteer, Opportunities.open(Opportunities.fields(host))).then().statusCode(422);
    }

    private static Response apply(String volunteer, String opportunity) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "volunteerId", volunteer, "motivation", "I can help"))
                .post("/api/v1/applications");
    }

    private static Response move(RequestSpecification caller, String id, Map<String, Object> body) {
        return given().spec(caller)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications/" + id + "/status");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
