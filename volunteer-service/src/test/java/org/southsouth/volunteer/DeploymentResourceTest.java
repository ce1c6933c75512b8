package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.contracts.volunteer.DeploymentV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DeploymentResourceTest {

    private static UUID sender;
    private static UUID host;

    @BeforeEach
    void organizations() {
        if (sender == null) {
            sender = Organizations.active("CN");
            host = Organizations.active("NP");
        }
    }

    @Test
    void planningADeploymentPublishesDeploymentPlanned() {
        String volunteer = Volunteers.register(sender);
        String id = plan(volunteer, host, "2027-01-15", "2027-10-15")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/deployments/"))
                .body("status", equalTo("PLANNED"))
                .body("needsReview", equalTo(false))
                .body("sdgs", equalTo(List.of(3, 17)))
                .extract()
                .path("id");

        EventEnvelope event = EventCodec.decode(TopicRecords.awaitRecords(Topics.VOLUNTEER_DEPLOYMENTS, id, 1)
                .get(0)
                .value());
        assertEquals("org.southsouth.volunteer.DeploymentPlanned", event.type());
        assertEquals(1, event.sequence());
        assertEquals(
                LocalDate.parse("2027-10-15"), event.payload(DeploymentV1.class).plannedEnd());
    }

    @Test
    void theHostMustBeActiveInTheReplica() {
        String volunteer = Volunteers.register(sender);
        UUID prospect = Organizations.prospect("MM");
        plan(volunteer, prospect, "2027-01-15", "2027-10-15")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("host-not-active"))
                .body("detail", containsString("PROSPECT"));
        plan(volunteer, UUID.randomUUID(), "2027-01-15", "2027-10-15")
                .then()
                .statusCode(422)
                .body("detail", containsString("not known"));
        given().get("/api/v1/deployments?volunteerId=" + volunteer).then().body("total", equalTo(0));
    }

    @Test
    void theDatesMustSpanOneToTwentyFourMonths() {
        String volunteer = Volunteers.register(sender);
        plan(volunteer, host, "2027-01-15", "2027-01-10")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("plannedEnd"));
        plan(volunteer, host, "2027-01-15", "2027-02-01")
                .then()
                .statusCode(400)
                .body("detail", containsString("at least 1 month"));
        plan(volunteer, host, "2027-01-15", "2029-01-16")
                .then()
                .statusCode(400)
                .body("detail", containsString("at most 24 months"));
        given().contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteer, "programme", "PEACE_CORPS"))
                .post("/api/v1/deployments")
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body(Map.of("volunteerId", volunteer))
                .post("/api/v1/deployments")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        hasItems("hostOrganizationId", "country", "programme", "role", "plannedStart", "plannedEnd"));
        given().get("/api/v1/deployments?volunteerId=" + volunteer).then().body("total", equalTo(0));
    }

    @Test
    void aVolunteerNeverHoldsTwoOverlappingDeployments() {
        String volunteer = Volunteers.register(sender);
        String first = plan(volunteer, host, "2027-01-15", "2027-06-30")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        plan(volunteer, host, "2027-06-30", "2027-09-30")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        plan(volunteer, host, "2027-07-01", "2027-09-30").then().statusCode(201);

        changeStatus(first, Map.of("status", "CANCELLED")).then().statusCode(200);
        plan(volunteer, host, "2027-02-01", "2027-05-01").then().statusCode(201);
    }

    /** Ten requests for overlapping periods race: the database lets exactly one through. */
    @Test
    void concurrentOverlappingRequestsLetExactlyOneThrough() throws Exception {
        String volunteer = Volunteers.register(sender);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String start = LocalDate.parse("2028-01-01").plusDays(i).toString();
            String end = LocalDate.parse("2028-06-01").plusDays(i).toString();
            requests.add(() -> plan(volunteer, host, start, end).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(requests)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses: " + statuses);
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), "statuses: " + statuses);
        given().get("/api/v1/deployments?volunteerId=" + volunteer).then().body("total", equalTo(1));
    }

    @Test
    void theLifecycleAllowsOnlyItsTransitions() {
        String volunteer = Volunteers.register(sender);
        String id = plan(volunteer, host, "2027-01-15", "2027-07-15")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        changeStatus(id, Map.of("status", "COMPLETED"))
                .then()
                .statusCode(409)
                .body("detail", containsString("PLANNED"));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"5\"")
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/deployments/" + id + "/status")
                .then()
                .statusCode(412);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/deployments/" + id + "/status")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""));

        changeStatus(id, Map.of("status", "EXTENDED"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("plannedEnd"));
        changeStatus(id, Map.of("status", "EXTENDED", "plannedEnd", "2029-02-01"))
                .then()
                .statusCode(400);
        changeStatus(id, Map.of("status", "EXTENDED", "plannedEnd", "2027-12-15"))
                .then()
                .statusCode(200)
                .body("status", equalTo("EXTENDED"))
                .body("plannedEnd", equalTo("2027-12-15"));
        changeStatus(id, Map.of("status", "ENDED_EARLY", "endedOn", "2028-01-01"))
                .then()
                .statusCode(400);
        changeStatus(id, Map.of("status", "ENDED_EARLY", "endedOn", "2027-10-31"))
                .then()
                .statusCode(200)
                .body("endedOn", equalTo("2027-10-31"));
        changeStatus(id, Map.of("status", "ACTIVE")).then().statusCode(409).body("detail", containsString("final"));

        // The days after an early end are free again.
        plan(volunteer, host, "2027-11-01", "2028-02-01").then().statusCode(201);
        assertEquals(
                4,
                TopicRecords.awaitRecords(Topics.VOLUNTEER_DEPLOYMENTS, id, 4).size());
    }

    @Test
    void aRetriedMoveAnswersItsFirstResultAndTheMoveRepeatedChangesNothing() {
        String id = plan(Volunteers.register(sender), host, "2027-02-01", "2027-08-01")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> arrival = Map.of("status", "ACTIVE", "on", "2027-02-02");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "arrive-" + id)
                .body(arrival)
                .post("/api/v1/deployments/" + id + "/status")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("arrivedOn", equalTo("2027-02-02"));
        changeStatus(id, arrival).then().statusCode(200).header("ETag", equalTo("\"1\""));
        changeStatus(id, Map.of("status", "ACTIVE", "on", "2027-02-03")).then().statusCode(409);
        changeStatus(id, Map.of("status", "EXTENDED", "plannedEnd", "2027-10-01", "on", "2027-05-01"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("on"));
        changeStatus(id, Map.of("status", "EXTENDED", "plannedEnd", "2027-10-01"))
                .then()
                .statusCode(200);
        changeStatus(id, Map.of("status", "EXTENDED", "plannedEnd", "2027-10-01"))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"2\""));

        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "arrive-" + id)
                .body(arrival)
                .post("/api/v1/deployments/" + id + "/status")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body("status", equalTo("ACTIVE"));
        changeStatus(id, Map.of("status", "COMPLETED", "on", "2027-10-01"))
                .then()
                .statusCode(200)
                .body("completedOn", equalTo("2027-10-01"))
                .body("arrivedOn", equalTo("2027-02-02"));
        given().get("/api/v1/deployments/" + id)
                .then()
                .body("status", equalTo("COMPLETED"))
                .header("ETag", equalTo("\"3\""));
        DeploymentV1 completed = EventCodec.decode(TopicRecords.awaitRecords(Topics.VOLUNTEER_DEPLOYMENTS, id, 4)
                        .get(3)
                        .value())
                .payload(DeploymentV1.class);
        assertEquals(LocalDate.parse("2027-02-02"), completed.arrivedOn());
        assertEquals(LocalDate.parse("2027-10-01"), completed.completedOn());
    }

    /** Deactivation of a host arrives as an event: its PLANNED deployments are flagged, others are not. */
    @Test
    void aDeactivatedHostsPlannedDeploymentsAreFlaggedForReview() {
        UUID closingHost = Organizations.active("MM");
        String planned = plan(Volunteers.register(sender), closingHost, "2027-03-01", "2027-09-01")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String active = plan(Volunteers.register(sender), closingHost, "2027-03-01", "2027-09-01")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        changeStatus(active, Map.of("status", "ACTIVE")).then().statusCode(200);

        Organizations.announce(PartnerEvents.ORGANIZATION_DEACTIVATED, closingHost, 2, "MM", "INACTIVE");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get("/api/v1/deployments/" + planned)
                        .then()
                        .body("needsReview", equalTo(true))
                        .body("reviewReason", containsString("INACTIVE")));
        given().get("/api/v1/deployments/" + active).then().body("needsReview", equalTo(false));
        given().get("/api/v1/deployments?hostOrganizationId=" + closingHost + "&needsReview=true")
                .then()
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(planned));
        assertEquals(
                "org.southsouth.volunteer.DeploymentUpdated",
                EventCodec.decode(TopicRecords.awaitRecords(Topics.VOLUNTEER_DEPLOYMENTS, planned, 2)
                                .get(1)
                                .value())
                        .type());

        changeStatus(planned, Map.of("status", "ACTIVE"))
                .then()
                .statusCode(422)
                .body("detail", containsString("INACTIVE"));
        given().contentType("application/merge-patch+json")
                .body("{\"hostOrganizationId\": \"" + host + "\", \"country\": \"NP\"}")
                .patch("/api/v1/deployments/" + planned)
                .then()
                .statusCode(200)
                .body("needsReview", equalTo(false))
                .body("reviewReason", nullValue());
    }

    @Test
    void badFiltersAreProblems() {
        given().get("/api/v1/deployments?status=SOMEWHERE")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/deployments?sort=salary").then().statusCode(400).body("errors.field", hasItems("sort"));
        given().get("/api/v1/deployments?size=500").then().statusCode(400);
        given().get("/api/v1/deployments?updatedSince=yesterday").then().statusCode(400);
    }

    static io.restassured.response.Response plan(String volunteer, UUID hostId, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerId", volunteer);
        body.put("sendingOrganizationId", sender.toString());
        body.put("hostOrganizationId", hostId.toString());
        body.put("country", "NP");
        body.put("programme", "NATIONAL_FOREIGN_AID");
        body.put("role", "Community health advisor");
        body.put("plannedStart", start);
        body.put("plannedEnd", end);
        body.put("sdgs", List.of(17, 3));
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/deployments");
    }

    static io.restassured.response.Response changeStatus(String id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/deployments/" + id + "/status");
    }
}
