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
import org.southsouth.contracts.volunteer.DeploymentV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class DeploymentBulkTest {

    private static UUID sender;
    private static UUID host;

    @BeforeEach
    void organizations() {
        if (sender == null) {
            sender = Organizations.active("KE");
            host = Organizations.active("NP");
        }
    }

    @Test
    void aCompletedDeploymentNamedByItsVolunteersExternalIdIsLoadedWithItsHistoryInOneItem() {
        String volunteerRef = "crm-" + UUID.randomUUID();
        Map<String, Object> volunteer = Volunteers.profile(sender);
        volunteer.put("externalId", volunteerRef);
        String volunteerId =
                post("/api/v1/volunteers/bulk", List.of(volunteer)).extract().path("items[0].id");
        Map<String, Object> completed = plan(volunteerRef, "2025-01-15", "2025-10-15");
        completed.putAll(Map.of(
                "externalId",
                volunteerRef + "-dep",
                "status",
                "COMPLETED",
                "arrivedOn",
                "2025-01-16",
                "completedOn",
                "2025-10-14"));

        String id = post("/api/v1/deployments/bulk", List.of(completed))
                .body("items[0].outcome", equalTo("created"))
                .body("items[0].status", equalTo(201))
                .extract()
                .path("items[0].id");

        given().get("/api/v1/deployments/" + id)
                .then()
                .statusCode(200)
                .body("volunteerId", equalTo(volunteerId))
                .body("status", equalTo("COMPLETED"))
                .body("arrivedOn", equalTo("2025-01-16"))
                .body("completedOn", equalTo("2025-10-14"));
        List<String> steps = TopicRecords.awaitRecords(Topics.VOLUNTEER_DEPLOYMENTS, id, 3).stream()
                .map(record -> EventCodec.decode(record.value())
                        .payload(DeploymentV1.class)
                        .status())
                .toList();
        assertEquals(List.of("PLANNED", "ACTIVE", "COMPLETED"), steps);

        post("/api/v1/deployments/bulk", List.of(completed))
                .body("items[0].outcome", equalTo("unchanged"))
                .body("items[0].id", equalTo(id));
        completed.put("completedOn", "2025-10-13");
        post("/api/v1/deployments/bulk", List.of(completed)).body("items[0].status", equalTo(409));
    }

    @Test
    void aPlannedDeploymentSentAgainWithAStatusMakesTheMovesAndIsNoLongerReplanned() {
        String volunteerId = Volunteers.register(sender);
        Map<String, Object> planned = plan(null, "2026-02-01", "2026-08-01");
        planned.put("volunteerId", volunteerId);
        planned.put("externalId", "crm-" + UUID.randomUUID());
        String id = post("/api/v1/deployments/bulk", List.of(planned)).extract().path("items[0].id");

        planned.putAll(Map.of("status", "ENDED_EARLY", "arrivedOn", "2026-02-02", "endedOn", "2026-05-31"));
        post("/api/v1/deployments/bulk", List.of(planned))
                .body("items[0].outcome", equalTo("updated"))
                .body("items[0].id", equalTo(id));
        planned.put("role", "Community nurse");
        post("/api/v1/deployments/bulk", List.of(planned))
                .body("items[0].outcome", equalTo("failed"))
                .body("items[0].status", equalTo(409));

        given().get("/api/v1/deployments/" + id)
                .then()
                .body("status", equalTo("ENDED_EARLY"))
                .body("arrivedOn", equalTo("2026-02-02"))
                .body("endedOn", equalTo("2026-05-31"))
                .body("role", equalTo("Community health advisor"));
    }

    @Test
    void anItemWithADayItsStatusDoesNotPassOrAnUnknownVolunteerFailsAlone() {
        String volunteerId = Volunteers.register(sender);
        Map<String, Object> good = plan(null, "2027-03-01", "2027-09-01");
        good.put("volunteerId", volunteerId);
        Map<String, Object> earlyWithoutEnd = plan(null, "2028-03-01", "2028-09-01");
        earlyWithoutEnd.putAll(Map.of("volunteerId", volunteerId, "status", "ENDED_EARLY"));
        Map<String, Object> arrivedButPlanned = plan(null, "2029-03-01", "2029-09-01");
        arrivedButPlanned.putAll(Map.of("volunteerId", volunteerId, "arrivedOn", "2029-03-01"));
        Map<String, Object> unknownVolunteer = plan("never-sent-" + UUID.randomUUID(), "2030-03-01", "2030-09-01");

        post("/api/v1/deployments/bulk", List.of(good, earlyWithoutEnd, arrivedButPlanned, unknownVolunteer))
                .body("items.outcome", contains("created", "failed", "failed", "failed"))
                .body("items.status", contains(201, 400, 400, 422))
                .body("items[1].problem.errors.field", contains("endedOn"))
                .body("items[2].problem.errors.field", contains("arrivedOn"));
        given().queryParam("volunteerId", volunteerId)
                .get("/api/v1/deployments")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void aPartnerPlansOnlyWhatItsOwnOrganizationSends() {
        String nominee = Volunteers.register(sender);
        Map<String, Object> foreign = plan(null, "2027-03-01", "2027-09-01");
        foreign.put("volunteerId", nominee);

        given().auth()
                .oauth2(TestTokens.partnerOf(host))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(foreign)))
                .post("/api/v1/deployments/bulk")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo(403));
    }

    private static ValidatableResponse post(String path, List<Map<String, Object>> items) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post(path)
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> plan(String volunteerExternalId, String start, String end) {
        Map<String, Object> plan = new HashMap<>();
        if (volunteerExternalId != null) {
            plan.put("volunteerExternalId", volunteerExternalId);
        }
        plan.put("sendingOrganizationId", sender.toString());
        plan.put("hostOrganizationId", host.toString());
        plan.put("country", "NP");
        plan.put("programme", "SOUTH_SOUTH_EXCHANGE");
        plan.put("role", "Community health advisor");
        plan.put("plannedStart", start);
        plan.put("plannedEnd", end);
        plan.put("sdgs", List.of(17, 3));
        return plan;
    }
}
