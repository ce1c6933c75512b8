package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
class VolunteerBulkTest {

    private static UUID home;
    private static UUID otherHome;

    @BeforeEach
    void organizations() {
        if (home == null) {
            home = Organizations.active("KE");
            otherHome = Organizations.active("GH");
        }
    }

    @Test
    void aMixedBatchAnswersEachItemInOrderAndStoresOnlyTheGoodOnes() {
        UUID partnerOrg = Organizations.active("KE");
        RequestSpecification partner = given().auth().oauth2(TestTokens.partnerOf(partnerOrg));
        Map<String, Object> good = item(null);
        good.remove("homeOrganizationId");
        good.put("consents", List.of(Map.of("purpose", "MATCHING", "policyVersion", "2026-01")));
        Map<String, Object> badEmail = item(null);
        badEmail.remove("homeOrganizationId");
        badEmail.put("email", "not-an-email");
        Map<String, Object> foreign = item(null);
        foreign.put("homeOrganizationId", otherHome.toString());
        Map<String, Object> secondGood = item(null);
        secondGood.remove("homeOrganizationId");

        ExtractableResponse<Response> result = bulk(partner, List.of(good, badEmail, foreign, secondGood))
                .body("items.index", contains(0, 1, 2, 3))
                .body("items.outcome", contains("created", "failed", "failed", "created"))
                .body("items.status", contains(201, 400, 403, 201))
                .body("items[1].problem.errors.field", contains("email"))
                .body("items[1].id", nullValue())
                .body("created", equalTo(2))
                .body("failed", equalTo(2))
                .extract();

        String first = result.path("items[0].id");
        partner.get("/api/v1/volunteers/" + first)
                .then()
                .statusCode(200)
                .body("homeOrganizationId", equalTo(partnerOrg.toString()));
        partner.get("/api/v1/volunteers/" + first + "/consents")
                .then()
                .statusCode(200)
                .body("purpose", contains("MATCHING"));
        partner.get("/api/v1/volunteers").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void aBatchSentAgainWithExternalIdsUpdatesTheSameVolunteersAndCreatesNothing() {
        String crm = "crm-" + UUID.randomUUID();
        Map<String, Object> amina = item(crm + "-1");
        Map<String, Object> kofi = item(crm + "-2");
        List<String> ids = bulk(given(), List.of(amina, kofi))
                .body("items.outcome", contains("created", "created"))
                .extract()
                .path("items.id");

        bulk(given(), List.of(amina, kofi))
                .body("items.outcome", contains("unchanged", "unchanged"))
                .body("items.id", equalTo(ids))
                .body("items.externalId", contains(crm + "-1", crm + "-2"));

        Map<String, Object> renamed = new HashMap<>(Map.of("externalId", crm + "-2", "name", "Kofi Mensah"));
        renamed.put("consents", List.of(Map.of("purpose", "PUBLICITY", "policyVersion", "2026-01")));
        bulk(given(), List.of(amina, renamed))
                .body("items.outcome", contains("unchanged", "updated"))
                .body("items.id", equalTo(ids));

        given().get("/api/v1/volunteers/" + ids.get(1))
                .then()
                .body("name", equalTo("Kofi Mensah"))
                .body("email", equalTo(kofi.get("email")));
        given().get("/api/v1/volunteers/" + ids.get(1) + "/consents").then().body("purpose", contains("PUBLICITY"));
    }

    @Test
    void theSameBatchSentTwiceAtOnceCreatesEachVolunteerOnce() throws Exception {
        UUID partnerOrg = Organizations.active("KE");
        String token = TestTokens.partnerOf(partnerOrg);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> item = item("crm-" + UUID.randomUUID());
            item.remove("homeOrganizationId");
            items.add(item);
        }
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> sent = senders.invokeAll(List.of(
                    () -> bulk(given().auth().oauth2(token), items).extract().path("items.outcome"),
                    () -> bulk(given().auth().oauth2(token), items).extract().path("items.outcome")));
            List<String> outcomes = new ArrayList<>(sent.get(0).get());
            outcomes.addAll(sent.get(1).get());
            assertEquals(20, outcomes.stream().filter("created"::equals).count(), outcomes.toString());
        } finally {
            senders.shutdown();
        }
        given().auth().oauth2(token).get("/api/v1/volunteers").then().body("total", equalTo(20));
    }

    @Test
    void anItemFailingAmongOthersLeavesEachOtherVolunteerWrittenOnce() {
        UUID partnerOrg = Organizations.active("KE");
        RequestSpecification partner = given().auth().oauth2(TestTokens.partnerOf(partnerOrg));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> item = item(null);
            item.remove("homeOrganizationId");
            items.add(item);
        }
        items.get(3).put("email", items.get(1).get("email").toString().toUpperCase(Locale.ROOT));

        List<String> ids = bulk(partner, items)
                .body("items.outcome", contains("created", "created", "created", "failed", "created"))
                .body("items[3].status", equalTo(409))
                .extract()
                .path("items.id");

        partner.get("/api/v1/volunteers").then().body("total", equalTo(4));
        for (int i : List.of(0, 1, 2, 4)) {
            partner.get("/api/v1/volunteers/" + ids.get(i) + "/history")
                    .then()
                    .statusCode(200)
                    .body("items.kind", contains("WRITTEN"));
        }
    }

    @Test
    void anEmailAnItemGivesUpMayBeTakenByALaterItemOfTheSameBatch() {
        String crm = "crm-" + UUID.randomUUID();
        Map<String, Object> amina = item(crm + "-1");
        bulk(given(), List.of(amina)).body("items.outcome", contains("created"));
        String formerEmail = amina.get("email").toString();
        Map<String, Object> moved = Map.of("externalId", crm + "-1", "email", "moved-" + formerEmail);
        Map<String, Object> newcomer = item(crm + "-2");
        newcomer.put("email", formerEmail.toUpperCase(Locale.ROOT));

        bulk(given(), List.of(moved, newcomer)).body("items.outcome", contains("updated", "created"));
    }

    @Test
    void aBatchWithoutABodyIsRefusedNamingItems() {
        given().contentType(ContentType.JSON)
                .post("/api/v1/volunteers/bulk")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("items"));
    }

    @Test
    void theSameExternalIdTwiceInOneBatchFailsTheSecondItem() {
        String crm = "crm-" + UUID.randomUUID();
        bulk(given(), List.of(item(crm), item(crm)))
                .body("items.outcome", contains("created", "failed"))
                .body("items[1].status", equalTo(400))
                .body("items[1].problem.errors.field", contains("externalId"));
    }

    @Test
    void aBatchRepeatedUnderItsIdempotencyKeyAnswersTheFirstResult() {
        List<Map<String, Object>> items = List.of(item(null), item(null));
        String key = "bulk-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("items", items))
                .post("/api/v1/volunteers/bulk")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        String replay = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("items", items))
                .post("/api/v1/volunteers/bulk")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .extract()
                .asString();

        assertEquals(first, replay);
    }

    @Test
    void moreThan500ItemsAreRefusedAndNothingIsStored() {
        UUID partnerOrg = Organizations.active("KE");
        RequestSpecification partner = given().auth().oauth2(TestTokens.partnerOf(partnerOrg));
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            Map<String, Object> item = item(null);
            item.remove("homeOrganizationId");
            items.add(item);
        }

        partner.contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/api/v1/volunteers/bulk")
                .then()
                .statusCode(400)
                .body("errors.field", contains("items"));
        given().auth()
                .oauth2(TestTokens.partnerOf(partnerOrg))
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of()))
                .post("/api/v1/volunteers/bulk")
                .then()
                .statusCode(400)
                .body("errors.field", contains("items"));

        given().auth()
                .oauth2(TestTokens.partnerOf(partnerOrg))
                .get("/api/v1/volunteers")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void eachCreatedVolunteerIsPublishedOnItsOwn() {
        List<String> ids =
                bulk(given(), List.of(item(null), item(null))).extract().path("items.id");

        for (String id : ids) {
            var record = TopicRecords.awaitRecords(Topics.VOLUNTEER_VOLUNTEERS, id, 1)
                    .get(0);
            assertEquals(
                    "org.southsouth.volunteer.VolunteerRegistered",
                    EventCodec.decode(record.value()).type());
        }
    }

    @Test
    void aVolunteerClientCannotCreateVolunteersInABatch() {
        String self = Volunteers.register(home);

        bulk(given().auth().oauth2(TestTokens.volunteer(self)), List.of(item(null)))
                .body("items[0].status", equalTo(403))
                .body("items.outcome", hasItem("failed"));
    }

    private static ValidatableResponse bulk(RequestSpecification caller, List<Map<String, Object>> items) {
        return caller.contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post("/api/v1/volunteers/bulk")
                .then()
                .statusCode(200);
    }

    private static Map<String, Object> item(String externalId) {
        Map<String, Object> item = Volunteers.profile(home);
        if (externalId != null) {
            item.put("externalId", externalId);
        }
        return item;
    }
}
