package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.volunteer.VolunteerV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class VolunteerResourceTest {

    private static UUID home;

    @BeforeEach
    void homeOrganization() {
        if (home == null) {
            home = Organizations.active("KE");
        }
    }

    @Test
    void registeringAVolunteerPublishesVolunteerRegisteredWithoutContactData() {
        Map<String, Object> body = Volunteers.profile(home);
        String id = given().contentType(ContentType.JSON)
                .header("X-Request-Id", "req-volunteer-1")
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/volunteers/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("ACTIVE"))
                .body("languages.code", equalTo(List.of("en", "sw")))
                .extract()
                .path("id");

        given().get("/api/v1/volunteers/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("email", equalTo(body.get("email")))
                .body("skills", equalTo(List.of("community-health")));

        ConsumerRecord<String, byte[]> record =
                TopicRecords.awaitRecords(Topics.VOLUNTEER_VOLUNTEERS, id, 1).get(0);
        EventEnvelope event = EventCodec.decode(record.value());
        assertEquals("org.southsouth.volunteer.VolunteerRegistered", event.type());
        assertEquals(1, event.sequence());
        assertEquals(List.of("en", "sw"), event.payload(VolunteerV1.class).languages());
        String json = new String(record.value(), StandardCharsets.UTF_8);
        assertFalse(json.contains((String) body.get("email")), "the event must not carry the email");
        assertFalse(json.contains("+254"), "the event must not carry the phone");
    }

    @Test
    void anInvalidProfileIsRefusedWithTheFieldsNamed() {
        Map<String, Object> body = Volunteers.profile(home);
        body.put("name", " ");
        body.put("email", "not-an-email");
        body.put("nationality", "XX");
        body.put("languages", List.of(Map.of("code", "zz", "level", "B2")));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "email", "nationality"))
                // rest-conventions currently renders this path as languages.code[0] (reported to the lead).
                .body("errors.field", hasItem(anyOf(equalTo("languages[0].code"), equalTo("languages.code[0]"))));

        body = Volunteers.profile(home);
        body.put("languages", List.of(Map.of("code", "fr", "level", "FLUENT")));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("languages[0].level"));

        body = Volunteers.profile(home);
        body.put("availability", List.of(Map.of("from", "2027-05-01", "to", "2027-04-01")));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("availability[0].to"));

        body = Volunteers.profile(home);
        body.put("skills", List.of("juggling"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("skills[0]"));
    }

    @Test
    void anEmailIsRegisteredOnceWhateverItsCase() {
        Map<String, Object> first = Volunteers.profile(home);
        first.put("email", "Li.Wei-" + UUID.randomUUID() + "@Example.org");
        Volunteers.register(first);

        Map<String, Object> second = Volunteers.profile(home);
        second.put("email", ((String) first.get("email")).toLowerCase());
        given().contentType(ContentType.JSON)
                .body(second)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("email"));
    }

    @Test
    void aPatchMayRecaseItsOwnEmailButNotTakeAnotherVolunteers() {
        Map<String, Object> first = Volunteers.profile(home);
        first.put("email", "amina-" + UUID.randomUUID() + "@example.org");
        Volunteers.register(first);
        String second = Volunteers.register(home);
        String secondEmail =
                given().get("/api/v1/volunteers/" + second).then().extract().path("email");

        given().contentType("application/merge-patch+json")
                .body(Map.of("email", secondEmail.toUpperCase()))
                .patch("/api/v1/volunteers/" + second)
                .then()
                .statusCode(200);
        given().contentType("application/merge-patch+json")
                .body(Map.of("email", first.get("email")))
                .patch("/api/v1/volunteers/" + second)
                .then()
                .statusCode(409)
                .body("detail", containsString("email"));
        given().get("/api/v1/volunteers/" + second).then().body("email", equalTo(secondEmail.toUpperCase()));
    }

    @Test
    void theHomeOrganizationMustBeKnown() {
        given().contentType(ContentType.JSON)
                .body(Volunteers.profile(UUID.randomUUID()))
                .post("/api/v1/volunteers")
                .then()
                .statusCode(422)
                .body("type", containsString("unknown-organization"));
    }

    @Test
    void aMergePatchChangesWhatItNamesAndHonoursIfMatch() {
        String id = Volunteers.register(home);
        String patch = "{\"residence\": \"TH\", \"phone\": null, \"skills\": [\"education\", \"ict\"]}";

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"7\"")
                .body(patch)
                .patch("/api/v1/volunteers/" + id)
                .then()
                .statusCode(412);
        given().get("/api/v1/volunteers/" + id).then().body("residence", equalTo("KE"));

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(patch)
                .patch("/api/v1/volunteers/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("residence", equalTo("TH"))
                .body("phone", nullValue())
                .body("skills", equalTo(List.of("education", "ict")))
                .body("name", equalTo("Amina Njoroge"));

        List<ConsumerRecord<String, byte[]>> records = TopicRecords.awaitRecords(Topics.VOLUNTEER_VOLUNTEERS, id, 2);
        EventEnvelope updated = EventCodec.decode(records.get(1).value());
        assertEquals("org.southsouth.volunteer.VolunteerUpdated", updated.type());
        assertEquals(2, updated.sequence());
    }

    @Test
    void aPatchThatBreaksTheRulesChangesNothing() {
        String id = Volunteers.register(home);
        given().contentType("application/merge-patch+json")
                .body("{\"nationality\": \"Kenya\", \"email\": null}")
                .patch("/api/v1/volunteers/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("nationality", "email"));
        given().contentType("application/merge-patch+json")
                .body("{\"shoeSize\": 42}")
                .patch("/api/v1/volunteers/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("shoeSize"));
        given().contentType("application/merge-patch+json")
                .body("{\"status\": \"ERASED\"}")
                .patch("/api/v1/volunteers/" + id)
                .then()
                .statusCode(400);
        given().get("/api/v1/volunteers/" + id)
                .then()
                .header("ETag", equalTo("\"0\""))
                .body("nationality", equalTo("KE"));
    }

    @Test
    void coordinatorsExtendTheSkillList() {
        String code = "sign-language-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "label", "Sign language"))
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "label", "Again"))
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "Not A Code", "label", "x"))
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("code"));
        given().get("/api/v1/volunteers/skills").then().statusCode(200).body("code", hasItems(code, "ict"));

        Map<String, Object> body = Volunteers.profile(home);
        body.put("skills", List.of(code));
        Volunteers.register(body);
    }

    @Test
    void consentHistoryIsKept() {
        String id = Volunteers.register(home);
        String base = "/api/v1/volunteers/" + id + "/consents";
        String first = given().contentType(ContentType.JSON)
                .body(Map.of("purpose", "MATCHING", "policyVersion", "2026-01"))
                .post(base)
                .then()
                .statusCode(201)
                .body("withdrawnAt", nullValue())
                .extract()
                .path("id");
        String second = given().contentType(ContentType.JSON)
                .body(Map.of("purpose", "MATCHING", "policyVersion", "2026-07"))
                .post(base)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().post(base + "/" + second + "/withdrawal").then().statusCode(200).body("withdrawnAt", not(nullValue()));
        given().post(base + "/" + second + "/withdrawal").then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("purpose", "matching", "policyVersion", "1"))
                .post(base)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("purpose"));

        given().get(base)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(first, second)))
                .body("policyVersion", equalTo(List.of("2026-01", "2026-07")))
                .body("withdrawnAt.findAll { it != null }.size()", equalTo(2));
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        Map<String, Object> body = Volunteers.profile(home);
        String key = "register-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void theOpenApiDocumentDescribesEveryResource() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/api/v1/volunteers",
                                "/api/v1/volunteers/{id}",
                                "/api/v1/volunteers/{id}/erasure",
                                "/api/v1/volunteers/{volunteerId}/consents",
                                "/api/v1/volunteers/{id}/participations",
                                "/api/v1/volunteers/statistics",
                                "/api/v1/volunteers/skills",
                                "/api/v1/deployments",
                                "/api/v1/deployments/{id}/status",
                                "/api/v1/service-hours",
                                "/api/v1/service-hours/totals",
                                "/api/v1/matches"))
                .body("paths.'/api/v1/deployments'.post.responses.keySet()", hasItems("201", "400", "409", "422"));
    }
}
