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
class OpportunityBulkTest {

    @Test
    void aHostsOpportunitiesAreDraftedOpenedAndChangedByExternalIdAndEachBadItemFailsAlone() {
        UUID host = Organizations.active("KE");
        RequestSpecification partner = given().auth().oauth2(TestTokens.partnerOf(host));
        String crm = "crm-" + UUID.randomUUID();
        Map<String, Object> open = item(crm + "-open", host);
        open.put("status", "OPEN");
        Map<String, Object> draft = item(crm + "-draft", host);
        Map<String, Object> noPositions = item(crm + "-none", host);
        noPositions.put("positions", 0);
        Map<String, Object> foreign = item(crm + "-foreign", Organizations.active("GH"));

        List<String> ids = bulk(partner, List.of(open, draft, noPositions, foreign))
                .body("items.outcome", contains("created", "created", "failed", "failed"))
                .body("items.status", contains(201, 201, 400, 403))
                .body("items[2].problem.errors.field", contains("positions"))
                .extract()
                .path("items.id");
        given().get("/api/v1/opportunities/" + ids.get(0)).then().body("status", equalTo("OPEN"));
        given().get("/api/v1/opportunities/" + ids.get(1)).then().body("status", equalTo("DRAFT"));

        bulk(partner, List.of(open, draft))
                .body("items.outcome", contains("unchanged", "unchanged"))
                .body("items.id", equalTo(ids.subList(0, 2)));

        open.put("positions", 3);
        open.put("status", "CLOSED");
        draft.put("status", "CANCELLED");
        bulk(partner, List.of(open, draft))
                .body("items.outcome", contains("updated", "updated"))
                .body("items.id", equalTo(ids.subList(0, 2)));
        given().get("/api/v1/opportunities/" + ids.get(0))
                .then()
                .body("status", equalTo("CLOSED"))
                .body("positions", equalTo(3));
        given().get("/api/v1/opportunities/" + ids.get(1)).then().body("status", equalTo("CANCELLED"));

        open.put("positions", 4);
        bulk(partner, List.of(open)).body("items.outcome", contains("failed")).body("items[0].status", equalTo(409));
    }

    @Test
    void anOpportunitiesBatchRepeatedUnderItsIdempotencyKeyAnswersTheFirstResult() {
        Map<String, Object> open = item("crm-" + UUID.randomUUID(), Organizations.active("KE"));
        open.put("status", "OPEN");
        String key = "bulk-" + UUID.randomUUID();
        String first = send(key, open).body("created", equalTo(1)).extract().asString();

        String replay =
                send(key, open).header("Idempotency-Replayed", "true").extract().asString();

        assertEquals(first, replay);
    }

    private static ValidatableResponse send(String key, Map<String, Object> item) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("items", List.of(item)))
                .post("/api/v1/opportunities/bulk")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse bulk(RequestSpecification caller, List<Map<String, Object>> items) {
        return caller.contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/api/v1/opportunities/bulk")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> item(String externalId, UUID host) {
        Map<String, Object> item = Opportunities.fields(host);
        item.put("externalId", externalId);
        return item;
    }
}
