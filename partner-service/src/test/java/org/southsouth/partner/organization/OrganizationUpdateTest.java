package org.southsouth.partner.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OrganizationUpdateTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndPublishesUpdatedInSequence() {
        Map<String, Object> body = Organizations.body("Myanmar Volunteer Forum", "22", "MM");
        body.put("nameTranslations", Map.of("zh", "缅甸志愿者论坛", "en", "Myanmar Volunteer Forum"));
        body.put("acronym", "MVF");
        String id = Organizations.register(body);

        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body(
                        "{\"nameTranslations\": {\"en\": null, \"my\": \"မြန်မာ\"}, \"acronym\": null, \"country\": \"TH\", "
                                + "\"status\": \"ACTIVE\", \"hub\": true}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("name", equalTo("Myanmar Volunteer Forum"))
                .body("nameTranslations", equalTo(Map.of("zh", "缅甸志愿者论坛", "my", "မြန်မာ")))
                .body("acronym", nullValue())
                .body("country", equalTo("TH"))
                .body("subregion", equalTo("South-eastern Asia"))
                .body("hub", equalTo(true))
                .body("joinedNetworkOn", notNullValue());

        List<EventEnvelope> events = TopicRecords.awaitRecords(Topics.PARTNER_ORGANIZATIONS, id, 2).stream()
                .map(r -> EventCodec.decode(r.value()))
                .toList();
        assertEquals("org.southsouth.partner.OrganizationUpdated", events.get(1).type());
        assertEquals(2, events.get(1).sequence());
        OrganizationV1 payload = events.get(1).payload(OrganizationV1.class);
        assertEquals(true, payload.hub());
        assertEquals("ACTIVE", payload.status());
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String id = Organizations.register("Cambodia Volunteer Link", "22", "KH");
        given().contentType(MERGE_PATCH)
                .body("{\"acronym\": \"CVL\"}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");

        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"acronym\": \"OLD\"}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");

        given().get("/api/v1/organizations/" + id)
                .then()
                .body("acronym", equalTo("CVL"))
                .header("ETag", "\"2\"");
    }

    @Test
    void anInvalidTransitionIsRefusedAndChangesNothing() {
        String id = Organizations.register("Thai Volunteer Service", "22", "TH");
        given().post("/api/v1/organizations/" + id + "/deactivate")
                .then()
                .statusCode(200)
                .body("status", equalTo("INACTIVE"));

        given().contentType(MERGE_PATCH)
                .body("{\"status\": \"PROSPECT\", \"acronym\": \"TVS\"}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
        given().post("/api/v1/organizations/" + id + "/deactivate")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");

        given().get("/api/v1/organizations/" + id)
                .then()
                .body("status", equalTo("INACTIVE"))
                .body("acronym", nullValue())
                .header("ETag", "\"2\"");
        EventEnvelope deactivated = EventCodec.decode(TopicRecords.awaitRecords(Topics.PARTNER_ORGANIZATIONS, id, 2)
                .get(1)
                .value());
        assertEquals("org.southsouth.partner.OrganizationDeactivated", deactivated.type());
        assertEquals(2, deactivated.sequence());
    }

    @Test
    void aStatusMoveRecordsItsDayAndARetryOrARepeatOnTheSameDayAnswersTheFirstResult() {
        String id = Organizations.register("Lao Youth Volunteers", "22", "LA");
        Map<String, Object> joining = Map.of("status", "ACTIVE", "on", "2024-05-02");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "join-" + id)
                .body(joining)
                .post("/api/v1/organizations/" + id + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("ACTIVE"))
                .body("statusChangedOn", equalTo("2024-05-02"))
                .body("joinedNetworkOn", equalTo("2024-05-02"));
        given().contentType(ContentType.JSON)
                .body(joining)
                .post("/api/v1/organizations/" + id + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE", "on", "2024-05-03"))
                .post("/api/v1/organizations/" + id + "/status")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "INACTIVE", "on", "2025-01-31"))
                .post("/api/v1/organizations/" + id + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("statusChangedOn", equalTo("2025-01-31"))
                .body("joinedNetworkOn", equalTo("2024-05-02"));

        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "join-" + id)
                .body(joining)
                .post("/api/v1/organizations/" + id + "/status")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body("status", equalTo("ACTIVE"));
        given().get("/api/v1/organizations/" + id)
                .then()
                .body("status", equalTo("INACTIVE"))
                .header("ETag", "\"3\"");
        assertEquals(
                "org.southsouth.partner.OrganizationDeactivated",
                EventCodec.decode(TopicRecords.awaitRecords(Topics.PARTNER_ORGANIZATIONS, id, 3)
                                .get(2)
                                .value())
                        .type());
    }

    @Test
    void aStatusMoveNeedsAKnownStatusAndADayNotInTheFuture() {
        String id = Organizations.register("Bhutan Volunteers", "22", "BT");
        given().contentType(ContentType.JSON)
                .body(Map.of("on", "2024-05-02"))
                .post("/api/v1/organizations/" + id + "/status")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE", "on", "2999-01-01"))
                .post("/api/v1/organizations/" + id + "/status")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("on"));
        given().get("/api/v1/organizations/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void deactivateIsTheDeprecatedFormOfTheStatusMove() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .body("paths.'/api/v1/organizations/{id}/deactivate'.post.deprecated", equalTo(true))
                .body("paths.'/api/v1/organizations/{id}/status'.post.deprecated", nullValue())
                .body(
                        "paths.'/api/v1/organizations/{id}/status'.post.operationId",
                        equalTo("changeOrganizationStatus"));
    }

    @Test
    void badPatchesAreProblemsAndChangeNothing() {
        String id = Organizations.register("Sri Lanka Volunteers", "22", "LK");
        given().contentType(MERGE_PATCH)
                .body("{\"country\": \"ZZ\", \"sdgs\": [0]}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("sdgs[0]"));
        given().contentType(MERGE_PATCH)
                .body("{\"region\": \"AFRICA\"}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("region"));
        given().contentType(MERGE_PATCH)
                .body("{\"hub\": \"yes\"}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("hub"));
        given().contentType(MERGE_PATCH)
                .body("[1]")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(400);
        given().contentType(MERGE_PATCH)
                .body("{\"name\": null}")
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
        given().get("/api/v1/organizations/" + id)
                .then()
                .header("ETag", "\"1\"")
                .body("country", equalTo("LK"));
    }

    @Test
    void twoConcurrentUpdatesWithTheSameIfMatchOneWinsTheOtherGets412() throws Exception {
        String id = Organizations.register("Bangladesh Youth Service", "22", "BD");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> a = () -> patch(id, "{\"acronym\": \"A\"}");
            Callable<Integer> b = () -> patch(id, "{\"website\": \"https://b.example.org\"}");
            List<Future<Integer>> results = pool.invokeAll(List.of(a, b));
            List<Integer> statuses =
                    List.of(results.get(0).get(), results.get(1).get());
            assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
        String acronym = given().get("/api/v1/organizations/" + id)
                .then()
                .header("ETag", "\"2\"")
                .extract()
                .path("acronym");
        String website =
                given().get("/api/v1/organizations/" + id).then().extract().path("website");
        assertEquals(1, (acronym == null ? 0 : 1) + (website == null ? 0 : 1), "exactly one change applied");
    }

    private static int patch(String id, String body) {
        return given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body(body)
                .patch("/api/v1/organizations/" + id)
                .then()
                .extract()
                .statusCode();
    }
}
