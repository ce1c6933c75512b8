package org.southsouth.partner.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.partner.PartnershipV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;
import org.southsouth.partner.Partnerships;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PartnershipResourceTest {

    @Test
    void aPartnershipGoesThroughItsLifeRecordingDatesAndPublishingEachStep() {
        String bvf = Organizations.register("Beijing Volunteer Federation", "11", "CN");
        String nyv = Organizations.register("Nepal Youth Volunteers", "22", "NP");
        Map<String, Object> body = Partnerships.body(
                "Beijing–Kathmandu exchange",
                "EXCHANGE_PROGRAMME",
                bvf,
                "FUNDING",
                nyv,
                "IMPLEMENTING",
                bvf,
                "ACCOUNTABLE");
        body.put("sdgTargets", List.of("4.7", "17.9", "4.a"));
        body.put("countries", List.of("CN", "NP"));
        body.put("startsOn", "2024-03-01");
        body.put("endsOn", "2025-02-28");
        body.put("documents", List.of(Map.of("title", "MoU", "url", "https://docs.example.org/mou.pdf")));
        String id = given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("status", equalTo("DRAFT"))
                .body("parties", hasSize(3))
                .body("sdgGoals", equalTo(List.of(4, 17)))
                .body("regions", equalTo(List.of("ASIA_AND_THE_PACIFIC")))
                .extract()
                .path("id");

        given().contentType(ContentType.JSON)
                .body(Map.of("status", "SIGNED", "on", "2024-02-15"))
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(200)
                .body("signedOn", equalTo("2024-02-15"))
                .header("ETag", "\"2\"");
        Partnerships.step(id, "ACTIVE", "2024-03-01");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "RENEWED", "on", "2025-02-01", "endsOn", "2026-02-28"))
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(200)
                .body("endsOn", equalTo("2026-02-28"))
                .body("renewedOn", equalTo("2025-02-01"));
        Partnerships.step(id, "CLOSED", "2026-02-28");

        List<EventEnvelope> events = TopicRecords.awaitRecords(Topics.PARTNER_PARTNERSHIPS, id, 5).stream()
                .map(r -> EventCodec.decode(r.value()))
                .toList();
        assertEquals(
                List.of(
                        "PartnershipRegistered",
                        "PartnershipUpdated",
                        "PartnershipUpdated",
                        "PartnershipUpdated",
                        "PartnershipClosed"),
                events.stream()
                        .map(e -> e.type().replace("org.southsouth.partner.", ""))
                        .toList());
        assertEquals(
                List.of(1L, 2L, 3L, 4L, 5L),
                events.stream().map(EventEnvelope::sequence).toList());
        PartnershipV1 closed = events.get(4).payload(PartnershipV1.class);
        assertEquals("CLOSED", closed.status());
        // Parties are a set of (organization, role): no order is promised.
        assertEquals(
                Set.of(bvf + " funding", nyv + " implementing", bvf + " accountable"),
                closed.parties().stream()
                        .map(p -> p.organizationId() + " " + p.role())
                        .collect(Collectors.toSet()));
    }

    @Test
    void aWrongTransitionIsRefusedAndChangesNothing() {
        String a = Organizations.register("Lao Youth Union", "10", "LA");
        String b = Organizations.register("Vietnam Volunteers", "22", "VN");
        String id = Partnerships.create(Partnerships.body(
                "Mekong knowledge sharing", "KNOWLEDGE_SHARING", a, "IMPLEMENTING", b, "IMPLEMENTING"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"));
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "RENEWED", "endsOn", "2030-01-01"))
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(409);
        given().get("/api/v1/partnerships/" + id)
                .then()
                .body("status", equalTo("DRAFT"))
                .header("ETag", "\"1\"");
    }

    @Test
    void aRetriedStepAnswersItsFirstResultAndTheStepRepeatedOnTheSameDayChangesNothing() {
        String a = Organizations.register("Cambodian Volunteers", "10", "KH");
        String b = Organizations.register("Thai Volunteer Service", "22", "TH");
        String id = Partnerships.create(
                Partnerships.body("Mekong health exchange", "KNOWLEDGE_SHARING", a, "IMPLEMENTING", b, "IMPLEMENTING"));
        Map<String, Object> signing = Map.of("status", "SIGNED", "on", "2024-05-02");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "sign-" + id)
                .body(signing)
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        given().contentType(ContentType.JSON)
                .body(signing)
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "SIGNED", "on", "2024-05-03"))
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(409);
        Partnerships.step(id, "ACTIVE", "2024-06-01");

        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "sign-" + id)
                .body(signing)
                .post("/api/v1/partnerships/" + id + "/status")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body("status", equalTo("SIGNED"));
        given().get("/api/v1/partnerships/" + id)
                .then()
                .body("status", equalTo("ACTIVE"))
                .header("ETag", "\"3\"");
    }

    @Test
    void badPartnershipsAreRefusedWithFieldNamesAndNothingIsStored() {
        String a = Organizations.register("Kenya Red Cross Volunteers", "22", "KE");
        String b = Organizations.register("Uganda Volunteers", "22", "UG");
        long before = total();

        Map<String, Object> body = Partnerships.body("Bad", "MOU", a, "FUNDING", b, "IMPLEMENTING");
        body.put("sdgTargets", List.of("18.1", "4.9", "17.a", "4.c"));
        body.put("countries", List.of("KE", "XX"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        equalTo(List.of("countries[1]", "sdgTargets[0]", "sdgTargets[1]", "sdgTargets[2]")));

        Map<String, Object> reversed = Partnerships.body("Reversed", "MOU", a, "FUNDING", b, "IMPLEMENTING");
        reversed.put("startsOn", "2024-05-01");
        reversed.put("endsOn", "2024-04-30");
        given().contentType(ContentType.JSON)
                .body(reversed)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("endsOn"));

        given().contentType(ContentType.JSON)
                .body(Partnerships.body("Alone", "MOU", a, "FUNDING", a, "IMPLEMENTING"))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("parties"));

        given().contentType(ContentType.JSON)
                .body(Partnerships.body(
                        "Ghost", "MOU", a, "FUNDING", "7b0e4a54-0d5e-4b8a-9c1e-2f3a4b5c6d7e", "IMPLEMENTING"))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("parties[1].organizationId")));

        given().contentType(ContentType.JSON)
                .body(Partnerships.body("Bad role", "MOU", a, "SPONSOR", b, "FUNDING"))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(400);
        assertEquals(before, total());
    }

    @Test
    void theNetworkViewShowsWhoThroughWhatAndSinceWhen() {
        Map<String, Object> hubBody = Organizations.body("Network Hub Federation", "11", "CN");
        hubBody.put("hub", true);
        hubBody.put("status", "ACTIVE");
        String hub = Organizations.register(hubBody);
        Map<String, Object> memberBody = Organizations.body("Myanmar Youth Network", "22", "MM");
        memberBody.put("status", "ACTIVE");
        String member = Organizations.register(memberBody);
        String other = Organizations.register("Draft Only Partner", "22", "KH");

        Map<String, Object> body = Partnerships.body("Hub agreement", "MOU", hub, "FUNDING", member, "IMPLEMENTING");
        body.put("startsOn", "2020-01-01");
        String signed = Partnerships.create(body);
        Partnerships.step(signed, "SIGNED", "2019-11-20");
        Partnerships.step(signed, "ACTIVE", "2020-01-01");
        Partnerships.create(Partnerships.body("Draft", "MOU", member, "FUNDING", other, "IMPLEMENTING"));

        given().get("/api/v1/organizations/" + member + "/network")
                .then()
                .statusCode(200)
                .body("connected", equalTo(true))
                .body("connections", hasSize(1))
                .body("connections[0].organizationId", equalTo(hub))
                .body("connections[0].hub", equalTo(true))
                .body("connections[0].since", equalTo("2019-11-20"))
                .body("connections[0].inForce", equalTo(true))
                .body("connections[0].through[0].partnershipId", equalTo(signed))
                .body("connections[0].through[0].roles", equalTo(List.of("FUNDING")));
        given().get("/api/v1/organizations/" + other + "/network")
                .then()
                .statusCode(200)
                .body("connected", equalTo(false))
                .body("connections", hasSize(0));
        given().get("/api/v1/organizations/7b0e4a54-0d5e-4b8a-9c1e-2f3a4b5c6d7e/network")
                .then()
                .statusCode(404);
    }

    @Test
    void partiesCannotChangeOnceSignedButTheTermCan() {
        String a = Organizations.register("Fiji Volunteer Service", "10", "FJ");
        String b = Organizations.register("Samoa Volunteers", "22", "WS");
        String c = Organizations.register("Tonga Volunteers", "22", "TO");
        String id = Partnerships.create(
                Partnerships.body("Pacific exchange", "EXCHANGE_PROGRAMME", a, "FUNDING", b, "IMPLEMENTING"));
        Partnerships.step(id, "SIGNED", null);
        given().contentType("application/merge-patch+json")
                .body("{\"parties\": [{\"organizationId\": \"" + a
                        + "\", \"role\": \"FUNDING\"}, {\"organizationId\": \"" + c
                        + "\", \"role\": \"IMPLEMENTING\"}]}")
                .patch("/api/v1/partnerships/" + id)
                .then()
                .statusCode(409);
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"2\"")
                .body("{\"endsOn\": \"2030-12-31\", \"countries\": [\"FJ\", \"WS\"]}")
                .patch("/api/v1/partnerships/" + id)
                .then()
                .statusCode(200)
                .body("endsOn", equalTo("2030-12-31"))
                .header("ETag", "\"3\"");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"2\"")
                .body("{\"title\": \"Stale\"}")
                .patch("/api/v1/partnerships/" + id)
                .then()
                .statusCode(412);
    }

    private static long total() {
        return given().get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
