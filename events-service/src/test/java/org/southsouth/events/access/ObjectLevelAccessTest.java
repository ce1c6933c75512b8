package org.southsouth.events.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.events.Fixtures;
import org.southsouth.events.knowledge.KnowledgeProductResourceTest;

/**
 * A partner acts only on its own organization's events, participants and knowledge; a volunteer only on itself.
 * Every refusal is a problem+json and leaves the records as they were (checked again as an admin).
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class ObjectLevelAccessTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final UUID orgA = Fixtures.organization();
    private final UUID orgB = Fixtures.organization();
    private final String partnerA = TestTokens.partnerOf(orgA);
    private final String partnerB = TestTokens.partnerOf(orgB);

    @Test
    void aPartnerCannotTouchAnotherPartnersEvents() {
        String draftB = created(as(partnerB).body(eventOf(orgB)).post("/api/v1/events"));
        String openB = created(as(partnerB).body(eventOf(orgB)).post("/api/v1/events"));
        as(partnerB)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/events/" + openB + "/status")
                .then()
                .statusCode(200);
        as(partnerB)
                .contentType(MERGE_PATCH)
                .body(Map.of("capacity", 30))
                .patch("/api/v1/events/" + openB)
                .then()
                .statusCode(200);
        ExtractableResponse<Response> before =
                admin().get("/api/v1/events/" + openB).then().extract();

        refused(as(partnerA).body(eventOf(orgB)).post("/api/v1/events").then(), 403);
        refused(
                as(partnerA)
                        .contentType(MERGE_PATCH)
                        .header("If-Match", "\"1\"")
                        .body(Map.of("title", "Hijacked"))
                        .patch("/api/v1/events/" + openB)
                        .then(),
                403);
        refused(
                as(partnerA)
                        .body(Map.of("status", "CANCELLED"))
                        .post("/api/v1/events/" + openB + "/status")
                        .then(),
                403);
        refused(
                as(TestTokens.reporter())
                        .body(Map.of("status", "CLOSED"))
                        .post("/api/v1/events/" + openB + "/status")
                        .then(),
                403);
        refused(
                as(partnerB)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("hostOrganizationId", orgA.toString()))
                        .patch("/api/v1/events/" + openB)
                        .then(),
                403);
        refused(as(partnerA).get("/api/v1/events/" + draftB).then(), 404);
        refused(
                as(partnerA)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("title", "Seen"))
                        .patch("/api/v1/events/" + draftB)
                        .then(),
                404);
        refused(
                as(TestTokens.volunteer(UUID.randomUUID()))
                        .get("/api/v1/events/" + draftB)
                        .then(),
                404);

        as(partnerA)
                .queryParam("hostOrganizationId", orgB.toString())
                .get("/api/v1/events")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(openB));
        String csv = as(partnerA)
                .queryParam("hostOrganizationId", orgB.toString())
                .get("/api/v1/events/export.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Assertions.assertTrue(csv.contains(openB) && !csv.contains(draftB), csv);
        as(partnerB)
                .queryParam("hostOrganizationId", orgB.toString())
                .get("/api/v1/events")
                .then()
                .body("total", equalTo(2));
        as(TestTokens.reporter()).get("/api/v1/events/" + openB).then().statusCode(200);

        admin().get("/api/v1/events/" + openB)
                .then()
                .header("ETag", before.header("ETag"))
                .body("title", equalTo(before.<String>path("title")))
                .body("status", equalTo("OPEN"))
                .body("capacity", equalTo(30));
        admin().get("/api/v1/events/" + draftB).then().header("ETag", "\"1\"").body("status", equalTo("DRAFT"));
    }

    @Test
    void aPartnerActsOnlyForItsOwnParticipantsAtAnotherPartnersEvent() {
        String eventB = openEventOf(orgB, -1);
        String delegateB =
                created(as(partnerB).body(member(orgB, "Li Wei", "DELEGATE")).post(participations(eventB)));
        UUID nomineeA = Fixtures.volunteer(orgA);
        String delegateA = created(
                as(partnerA).body(member(orgA, "Amina Hassan", "DELEGATE")).post(participations(eventB)));
        String nominee = created(as(partnerA)
                .body(Map.of("volunteerId", nomineeA.toString(), "role", "VOLUNTEER"))
                .post(participations(eventB)));

        refused(
                as(partnerA)
                        .body(member(orgB, "Intruder", "DELEGATE"))
                        .post(participations(eventB))
                        .then(),
                403);
        refused(
                as(partnerA)
                        .body(Map.of(
                                "organizationId", orgB.toString(), "role", "DELEGATE", "members", List.of("X", "Y")))
                        .post(participations(eventB) + "/groups")
                        .then(),
                403);
        refused(
                as(partnerA)
                        .body(Map.of("volunteerId", Fixtures.volunteer(orgB).toString(), "role", "VOLUNTEER"))
                        .post(participations(eventB))
                        .then(),
                403);
        refused(as(partnerA).get(participations(eventB) + "/" + delegateB).then(), 404);
        refused(
                as(partnerA)
                        .body(Map.of("status", "CANCELLED"))
                        .post(participations(eventB) + "/" + delegateB + "/status")
                        .then(),
                404);
        refused(
                as(partnerA)
                        .body(Map.of("status", "ATTENDED"))
                        .post(participations(eventB) + "/" + delegateB + "/status")
                        .then(),
                404);
        refused(
                as(partnerA)
                        .body(Map.of("status", "ATTENDED"))
                        .post(participations(eventB) + "/" + delegateA + "/status")
                        .then(),
                403);
        refused(as(TestTokens.reporter()).get(participations(eventB)).then(), 403);

        as(partnerA)
                .get(participations(eventB))
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(delegateA, nominee));
        as(partnerA)
                .queryParam("organizationId", orgB.toString())
                .get(participations(eventB))
                .then()
                .body("total", equalTo(0));
        as(partnerB).get(participations(eventB)).then().body("total", equalTo(3));
        admin().get("/api/v1/events/" + eventB).then().body("seatsTaken", equalTo(3));
        admin().get(participations(eventB) + "/" + delegateB)
                .then()
                .header("ETag", "\"1\"")
                .body("status", equalTo("REGISTERED"));

        as(partnerA)
                .body(Map.of("status", "CANCELLED"))
                .post(participations(eventB) + "/" + nominee + "/status")
                .then()
                .statusCode(200);
        as(partnerB)
                .body(Map.of("status", "ATTENDED"))
                .post(participations(eventB) + "/" + delegateA + "/status")
                .then()
                .statusCode(200);
        as(partnerB)
                .body(Map.of("status", "CANCELLED"))
                .post(participations(eventB) + "/" + delegateB + "/status")
                .then()
                .statusCode(200);
        admin().get("/api/v1/events/" + eventB).then().body("seatsTaken", equalTo(1));
    }

    @Test
    void aVolunteerRegistersAndCancelsOnlyItself() {
        String event = openEventOf(orgB, 10);
        UUID x = Fixtures.volunteer(orgA);
        UUID y = Fixtures.volunteer(orgA);
        String volunteerX = TestTokens.volunteer(x);
        String volunteerY = TestTokens.volunteer(y);

        refused(
                as(volunteerX)
                        .body(Map.of("volunteerId", y.toString(), "role", "VOLUNTEER"))
                        .post(participations(event))
                        .then(),
                403);
        refused(
                as(volunteerX)
                        .body(member(orgA, "Someone", "DELEGATE"))
                        .post(participations(event))
                        .then(),
                403);
        String ofX = created(as(volunteerX)
                .body(Map.of("volunteerId", x.toString(), "role", "VOLUNTEER"))
                .post(participations(event)));
        String ofY = created(as(volunteerY)
                .body(Map.of("volunteerId", y.toString(), "role", "VOLUNTEER"))
                .post(participations(event)));

        refused(
                as(volunteerX)
                        .body(Map.of("status", "CANCELLED"))
                        .post(participations(event) + "/" + ofY + "/status")
                        .then(),
                404);
        refused(as(volunteerX).get(participations(event) + "/" + ofY).then(), 404);
        as(volunteerX)
                .get(participations(event))
                .then()
                .body("total", equalTo(1))
                .body("items.id", contains(ofX));
        admin().get(participations(event) + "/" + ofY)
                .then()
                .header("ETag", "\"1\"")
                .body("status", equalTo("REGISTERED"));

        as(volunteerY)
                .body(Map.of("status", "CANCELLED"))
                .post(participations(event) + "/" + ofY + "/status")
                .then()
                .statusCode(200);
        admin().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(1));
    }

    @Test
    void unpublishedKnowledgeIsSeenAndWrittenOnlyByItsLeadsAndReviewedByStaff() {
        Map<String, Object> body =
                KnowledgeProductResourceTest.goodPractice("Partner B's practice", "Draft notes", orgB);
        refused(as(partnerA).body(body).post("/api/v1/knowledge-products").then(), 403);
        String product = created(as(partnerB).body(body).post("/api/v1/knowledge-products"));
        String path = "/api/v1/knowledge-products/" + product;

        refused(as(partnerA).get(path).then(), 404);
        refused(as(partnerA).get(path + "/versions").then(), 404);
        refused(
                as(partnerA)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("title", "Taken over"))
                        .patch(path)
                        .then(),
                404);
        refused(
                as(partnerA)
                        .body(Map.of("reviewStatus", "IN_REVIEW"))
                        .post(path + "/review-status")
                        .then(),
                404);
        refused(
                as(partnerB)
                        .body(Map.of("reviewStatus", "IN_REVIEW"))
                        .post(path + "/review-status")
                        .then(),
                403);
        refused(
                as(partnerB)
                        .contentType(MERGE_PATCH)
                        .body(Map.of("leadOrganizationIds", List.of(orgA.toString())))
                        .patch(path)
                        .then(),
                403);
        as(partnerA)
                .queryParam("leadOrganizationId", orgB.toString())
                .get("/api/v1/knowledge-products")
                .then()
                .body("total", equalTo(0));
        as(partnerB)
                .queryParam("leadOrganizationId", orgB.toString())
                .get("/api/v1/knowledge-products")
                .then()
                .body("total", equalTo(1));
        as(partnerB)
                .contentType(MERGE_PATCH)
                .body(Map.of("overview", "Final notes"))
                .patch(path)
                .then()
                .statusCode(200);
        admin().get(path)
                .then()
                .header("ETag", "\"2\"")
                .body("title", equalTo("Partner B's practice"))
                .body("reviewStatus", equalTo("DRAFT"));

        for (String status : List.of("IN_REVIEW", "PUBLISHED")) {
            admin().contentType(ContentType.JSON)
                    .body(Map.of("reviewStatus", status))
                    .post(path + "/review-status")
                    .then()
                    .statusCode(200);
        }
        as(partnerA).get(path).then().statusCode(200).body("overview", equalTo("Final notes"));
        as(partnerA).get(path + "/versions").then().statusCode(200).body("version", contains(4));
        refused(as(partnerA).get(path + "/versions/1").then(), 404);
        as(partnerB).get(path + "/versions").then().body("version", contains(1, 2, 3, 4));
        // A stale If-Match does not turn the refusal into a 412: the caller learns nothing about versions.
        refused(
                as(partnerA)
                        .contentType(MERGE_PATCH)
                        .header("If-Match", "\"1\"")
                        .body(Map.of("title", "Taken over"))
                        .patch(path)
                        .then(),
                403);
        admin().get(path).then().header("ETag", "\"4\"").body("title", equalTo("Partner B's practice"));
    }

    @Test
    void theRefusalsAreDocumented() {
        ValidatableResponse openApi = given().auth()
                .none()
                .queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200);
        for (String operation : List.of(
                "'/api/v1/events'.post",
                "'/api/v1/events/{id}'.patch",
                "'/api/v1/events/{id}/status'.post",
                "'/api/v1/events/{eventId}/participations'.post",
                "'/api/v1/events/{eventId}/participations'.get",
                "'/api/v1/events/{eventId}/participations/{id}/status'.post",
                "'/api/v1/knowledge-products'.post",
                "'/api/v1/knowledge-products/{id}'.patch",
                "'/api/v1/knowledge-products/{id}/review-status'.post",
                "'/api/v1/events/{id}/status'.put",
                "'/api/v1/events/{eventId}/participations/{id}/status'.put",
                "'/api/v1/knowledge-products/{id}/review-status'.put")) {
            openApi.body("paths." + operation + ".responses.'403'.description", not(emptyOrNullString()));
        }
        for (String operation : List.of(
                "'/api/v1/events/{id}'.get",
                "'/api/v1/events/{eventId}/participations/{id}'.get",
                "'/api/v1/knowledge-products/{id}'.get",
                "'/api/v1/knowledge-products/{id}/versions'.get")) {
            openApi.body("paths." + operation + ".responses.'404'.description", containsString(", or "));
        }
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static RequestSpecification admin() {
        return given();
    }

    private static String participations(String event) {
        return "/api/v1/events/" + event + "/participations";
    }

    private static Map<String, Object> eventOf(UUID host) {
        Map<String, Object> body = Fixtures.event("FORUM", 30, 20);
        body.put("hostOrganizationId", host.toString());
        return body;
    }

    /** An OPEN event of {@code host} starting {@code startsInDays} from now (negative: already started). */
    private String openEventOf(UUID host, int startsInDays) {
        Map<String, Object> body = Fixtures.event("CAPACITY_BUILDING", startsInDays, 20);
        body.put("hostOrganizationId", host.toString());
        String id = created(as(TestTokens.partnerOf(host)).body(body).post("/api/v1/events"));
        as(TestTokens.partnerOf(host))
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/events/" + id + "/status")
                .then()
                .statusCode(200);
        return id;
    }

    private static Map<String, Object> member(UUID organization, String name, String role) {
        return Map.of("organizationId", organization.toString(), "name", name, "role", role);
    }

    private static String created(Response response) {
        return response.then().statusCode(201).extract().path("id");
    }

    private static void refused(ValidatableResponse response, int status) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", not(containsString("Exception")));
    }
}
