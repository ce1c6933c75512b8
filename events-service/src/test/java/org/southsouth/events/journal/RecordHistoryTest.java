package org.southsouth.events.journal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.events.Fixtures;
import org.southsouth.events.knowledge.KnowledgeProductResourceTest;

/** Each event, participation and knowledge product answers who changed what and when, to whoever may read it. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class RecordHistoryTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final UUID host = Fixtures.organization();
    private final UUID other = Fixtures.organization();
    private final String hostPartner = TestTokens.partnerOf(host);

    @Test
    void anEventsHistoryShowsTheStatusMoveWithItsClientAndWhatItWasBefore() {
        Map<String, Object> body = Fixtures.event("FORUM", 20, 40);
        body.put("hostOrganizationId", host.toString());
        String event = Fixtures.create(body);
        as(hostPartner)
                .contentType(MERGE_PATCH)
                .body(Map.of("city", "Shanghai"))
                .patch("/api/v1/events/" + event)
                .then()
                .statusCode(200);
        as(hostPartner)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/events/" + event + "/status")
                .then()
                .statusCode(200);

        as(hostPartner)
                .get("/api/v1/events/" + event + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.kind", everyItem(equalTo("WRITTEN")))
                .body("items[0].actor.clientId", equalTo("partner-" + host))
                .body("items[0].actor.organizationId", equalTo(host.toString()))
                .body("items[0].changes.field", contains("status", "statusChangedAt"))
                .body("items[0].changes[0].before", equalTo("DRAFT"))
                .body("items[0].changes[0].after", equalTo("OPEN"))
                .body("items[1].changes.field", contains("city"))
                .body("items[1].changes[0].before", equalTo("Beijing"))
                .body("items[1].changes[0].after", equalTo("Shanghai"))
                .body("items[2].changes.field", hasItem("title"))
                .body("items[2].changes.find { it.field == 'title' }.before", nullValue())
                .body("items.changes.flatten().field", not(hasItem("version")))
                .body("items.changes.flatten().field", not(hasItem("updatedAt")));
        as(hostPartner)
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get("/api/v1/events/" + event + "/history")
                .then()
                .body("total", equalTo(3))
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("items[0].changes.field", hasItem("title"));
    }

    @Test
    void theHistoryOfARecordIsRefusedToWhoeverMayNotReadIt() {
        Map<String, Object> body = Fixtures.event("FORUM", -1, null);
        body.put("hostOrganizationId", host.toString());
        String draft = Fixtures.create(body);
        as(TestTokens.partnerOf(other))
                .get("/api/v1/events/" + draft + "/history")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(TestTokens.reporter())
                .get("/api/v1/events/" + draft + "/history")
                .then()
                .statusCode(404);

        Fixtures.moveTo(draft, "OPEN");
        String delegate = Fixtures.register(
                draft, Map.of("organizationId", host.toString(), "name", "Li Wei", "role", "DELEGATE"));
        String path = "/api/v1/events/" + draft + "/participations/" + delegate + "/history";
        as(TestTokens.reporter()).get(path).then().statusCode(403);
        as(TestTokens.partnerOf(other)).get(path).then().statusCode(404);
        as(TestTokens.volunteer(UUID.randomUUID())).get(path).then().statusCode(404);
        as(hostPartner)
                .get(path)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("Li Wei"));
        given().get("/api/v1/events/" + UUID.randomUUID() + "/history").then().statusCode(404);
    }

    @Test
    void aKnowledgeProductsStatesBeforePublicationAreShownOnlyToItsLeads() {
        String product = given().contentType(ContentType.JSON)
                .body(KnowledgeProductResourceTest.goodPractice("Time banks", "Draft overview", host))
                .post("/api/v1/knowledge-products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(hostPartner)
                .contentType(MERGE_PATCH)
                .body(Map.of("overview", "Reviewed overview"))
                .patch("/api/v1/knowledge-products/" + product)
                .then()
                .statusCode(200);
        for (String status : List.of("IN_REVIEW", "PUBLISHED")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("reviewStatus", status))
                    .post("/api/v1/knowledge-products/" + product + "/review-status")
                    .then()
                    .statusCode(200);
        }

        String history = "/api/v1/knowledge-products/" + product + "/history";
        as(hostPartner)
                .get(history)
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("items[0].changes.field", contains("reviewStatus"))
                .body("items[0].changes[0].before", equalTo("IN_REVIEW"));
        as(TestTokens.partnerOf(other))
                .get(history)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].changes.find { it.field == 'overview' }.after", equalTo("Reviewed overview"))
                .body("items[0].changes.find { it.field == 'overview' }.before", nullValue())
                .body("items[0].changes.find { it.field == 'reviewStatus' }.after", equalTo("PUBLISHED"));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
