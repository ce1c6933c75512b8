package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ApplicationBulkTest {

    @Test
    void applicationsNamingTheirOpportunityByExternalIdAreSubmittedAndMovedToTheirStatusOnce() {
        UUID host = Organizations.active("KE");
        String crm = "crm-" + UUID.randomUUID();
        Map<String, Object> opportunity = Opportunities.fields(host);
        opportunity.put("externalId", crm + "-opp");
        opportunity.put("status", "OPEN");
        post(given(), "/api/v1/opportunities/bulk", List.of(opportunity)).body("created", equalTo(1));
        Map<String, Object> offered = item(crm + "-1", crm + "-opp", Volunteers.register(host));
        offered.put("status", "OFFERED");
        Map<String, Object> rejected = item(crm + "-2", crm + "-opp", Volunteers.register(host));
        rejected.put("status", "REJECTED");
        Map<String, Object> earlyStart = item(crm + "-3", crm + "-opp", Volunteers.register(host));
        earlyStart.put("plannedStart", "2027-03-15");
        Map<String, Object> unknown =
                item(crm + "-4", crm + "-opp", UUID.randomUUID().toString());

        List<String> ids = post(given(), "/api/v1/applications/bulk", List.of(offered, rejected, earlyStart, unknown))
                .body("items.outcome", contains("created", "created", "failed", "failed"))
                .body("items.status", contains(201, 201, 400, 422))
                .body("items[2].problem.errors.field", contains("plannedStart"))
                .extract()
                .path("items.id");
        given().get("/api/v1/applications/" + ids.get(0)).then().body("status", equalTo("OFFERED"));
        given().get("/api/v1/applications/" + ids.get(1)).then().body("status", equalTo("REJECTED"));

        offered.put("status", "ACCEPTED");
        post(given(), "/api/v1/applications/bulk", List.of(offered, rejected))
                .body("items.outcome", contains("updated", "unchanged"))
                .body("items.id", equalTo(ids.subList(0, 2)));
        post(given(), "/api/v1/applications/bulk", List.of(offered, rejected))
                .body("items.outcome", contains("unchanged", "unchanged"));
        given().get("/api/v1/applications/" + ids.get(0)).then().body("status", equalTo("ACCEPTED"));

        offered.put("motivation", "Another motivation");
        post(given(), "/api/v1/applications/bulk", List.of(offered))
                .body("items.outcome", contains("failed"))
                .body("items[0].status", equalTo(409));
    }

    @Test
    void aPartnerNominatesOnlyItsOwnVolunteersAndMakesOnlyTheirMovesInABatch() {
        UUID host = Organizations.active("KE");
        UUID sender = Organizations.active("GH");
        String opportunity = Opportunities.open(Opportunities.fields(host));
        String crm = "crm-" + UUID.randomUUID();
        Map<String, Object> nominee = item(crm + "-1", null, Volunteers.register(sender));
        nominee.put("opportunityId", opportunity);
        Map<String, Object> shortlisted = item(crm + "-2", null, Volunteers.register(sender));
        shortlisted.put("opportunityId", opportunity);
        shortlisted.put("status", "SHORTLISTED");
        Map<String, Object> stranger = item(crm + "-3", null, Volunteers.register(host));
        stranger.put("opportunityId", opportunity);

        post(
                        given().auth().oauth2(TestTokens.partnerOf(sender)),
                        "/api/v1/applications/bulk",
                        List.of(nominee, shortlisted, stranger))
                .body("items.outcome", contains("created", "failed", "failed"))
                .body("items.status", contains(201, 403, 403));
        given().queryParam("opportunityId", opportunity)
                .get("/api/v1/applications")
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void anApplicationsBatchRepeatedUnderItsIdempotencyKeyAnswersTheFirstResult() {
        UUID host = Organizations.active("KE");
        Map<String, Object> application = item("crm-" + UUID.randomUUID(), null, Volunteers.register(host));
        application.put("opportunityId", Opportunities.open(Opportunities.fields(host)));
        String key = "bulk-" + UUID.randomUUID();
        String first =
                send(key, application).body("created", equalTo(1)).extract().asString();

        String replay = send(key, application)
                .header("Idempotency-Replayed", "true")
                .extract()
                .asString();

        assertEquals(first, replay);
    }

    private static ValidatableResponse send(String key, Map<String, Object> item) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("items", List.of(item)))
                .post("/api/v1/applications/bulk")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse post(RequestSpecification caller, String path, List<Map<String, Object>> items) {
        return caller.contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post(path)
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> item(String externalId, String opportunityExternalId, String volunteerId) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", externalId);
        if (opportunityExternalId != null) {
            item.put("opportunityExternalId", opportunityExternalId);
        }
        item.put("volunteerId", volunteerId);
        item.put("motivation", "Five years as a community nurse.");
        return item;
    }
}
