package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.volunteer.OpportunityV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OpportunityResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static UUID host;

    @BeforeEach
    void organizations() {
        if (host == null) {
            host = Organizations.active("NP");
        }
    }

    @Test
    void aDraftIsPublishedClosedAndCancelledEachStepDatedAndPublished() {
        String id = Opportunities.create(Opportunities.fields(host))
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/opportunities/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("titleTranslations.zh", equalTo("社区卫生志愿者"))
                .body("positionsFilled", equalTo(0))
                .body("skills[0].required", equalTo(true))
                .body("statusHistory.status", equalTo(List.of("DRAFT")))
                .body("statusHistory[0].by", notNullValue())
                .extract()
                .path("id");
        Opportunities.move(id, "OPEN")
                .then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("publishedAt", notNullValue());
        Opportunities.move(id, "OPEN").then().statusCode(200).header("ETag", "\"1\"");
        Opportunities.move(id, "FILLED").then().statusCode(409).contentType("application/problem+json");
        Opportunities.move(id, "CLOSED").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED", "reason", "Funding withdrawn"))
                .post("/api/v1/opportunities/" + id + "/status")
                .then()
                .statusCode(200)
                .body("statusHistory.status", equalTo(List.of("DRAFT", "OPEN", "CLOSED", "CANCELLED")))
                .body("statusHistory[3].reason", equalTo("Funding withdrawn"));
        Opportunities.move(id, "OPEN").then().statusCode(409).body("detail", containsString("final"));

        List<EventEnvelope> events = TopicRecords.awaitRecords(Topics.VOLUNTEER_OPPORTUNITIES, id, 4).stream()
                .map(r -> EventCodec.decode(r.value()))
                .toList();
        assertEquals(
                List.of(
                        "OpportunityDrafted",
                        "OpportunityPublished",
                        "OpportunityStatusChanged",
                        "OpportunityStatusChanged"),
                events.stream()
                        .map(e -> e.type().substring(e.type().lastIndexOf('.') + 1))
                        .toList());
        assertEquals(
                List.of(1L, 2L, 3L, 4L),
                events.stream().map(EventEnvelope::sequence).toList());
        OpportunityV1 drafted = events.get(0).payload(OpportunityV1.class);
        assertEquals(false, drafted.visibleToNetwork());
        assertEquals(List.of(host), drafted.visibleToOrganizationIds());
        assertEquals(true, events.get(1).payload(OpportunityV1.class).visibleToNetwork());
    }

    @Test
    void aRetriedMoveAnswersItsFirstResult() {
        String id = Opportunities.draft(Opportunities.fields(host));
        Supplier<Response> publish = () -> given().header("Idempotency-Key", "publish-" + id)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/opportunities/" + id + "/status");
        publish.get().then().statusCode(200).header("ETag", "\"1\"");
        Opportunities.move(id, "CLOSED").then().statusCode(200).header("ETag", "\"2\"");

        publish.get()
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body("status", equalTo("OPEN"));
        given().get("/api/v1/opportunities/" + id)
                .then()
                .header("ETag", "\"2\"")
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void aListAndAnOpportunityAnswer304WhileNothingChanged() {
        String id = Opportunities.open(Opportunities.fields(host));
        String list = "/api/v1/opportunities?hostOrganizationId=" + host;
        String listTag = given().get(list).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", listTag)
                .get(list)
                .then()
                .statusCode(304)
                .header("ETag", listTag);
        given().header("If-None-Match", "\"1\"")
                .get("/api/v1/opportunities/" + id)
                .then()
                .statusCode(304)
                .header("ETag", "\"1\"");

        Opportunities.move(id, "CLOSED").then().statusCode(200);
        given().header("If-None-Match", "\"1\"")
                .get("/api/v1/opportunities/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        given().header("If-None-Match", listTag)
                .get(list)
                .then()
                .statusCode(200)
                .header("ETag", not(listTag));
    }

    @Test
    void theHostMustBeActiveAndTheFieldsCoherent() {
        Map<String, Object> body = Opportunities.fields(Organizations.prospect("MM"));
        Opportunities.create(body).then().statusCode(422).body("type", containsString("host-not-active"));
        Opportunities.create(Opportunities.fields(UUID.randomUUID())).then().statusCode(422);
        assertRefusedField(with("startTo", "2027-02-01"), "startTo");
        assertRefusedField(with("durationMonthsMax", 3), "durationMonthsMax");
        assertRefusedField(with("durationMonthsMax", 25), "durationMonthsMax");
        assertRefusedField(with("applicationDeadline", "2027-05-01"), "applicationDeadline");
        assertRefusedField(with("positions", 0), "positions");
        assertRefusedField(
                with("skills", List.of(Map.of("code", "no-such-skill", "level", "BASIC"))), "skills[0].code");
        assertRefusedField(with("titleTranslations", Map.of("not a tag!", "x")), "titleTranslations");
        assertRefusedField(with("country", "XX"), "country");
        assertRefusedField(with("sdgs", List.of(3, 3)), "sdgs");
        given().contentType(ContentType.JSON)
                .body(with("programme", "PEACE_CORPS"))
                .post("/api/v1/opportunities")
                .then()
                .statusCode(400);
    }

    @Test
    void aPartnerManagesItsOwnOpportunitiesOnly() {
        UUID other = Organizations.active("KE");
        RequestSpecification hostPartner = as(TestTokens.partnerOf(host));
        RequestSpecification otherPartner = as(TestTokens.partnerOf(other));
        Map<String, Object> withoutHost = Opportunities.fields(host);
        withoutHost.remove("hostOrganizationId");
        String id = given().spec(hostPartner)
                .contentType(ContentType.JSON)
                .body(withoutHost)
                .post("/api/v1/opportunities")
                .then()
                .statusCode(201)
                .body("hostOrganizationId", equalTo(host.toString()))
                .extract()
                .path("id");
        given().spec(otherPartner)
                .contentType(ContentType.JSON)
                .body(Opportunities.fields(host))
                .post("/api/v1/opportunities")
                .then()
                .statusCode(403);
        given().spec(as(TestTokens.volunteer(UUID.randomUUID())))
                .contentType(ContentType.JSON)
                .body(Opportunities.fields(host))
                .post("/api/v1/opportunities")
                .then()
                .statusCode(403);

        given().spec(otherPartner).get("/api/v1/opportunities/" + id).then().statusCode(404);
        given().spec(otherPartner)
                .get("/api/v1/opportunities?hostOrganizationId=" + host + "&status=DRAFT")
                .then()
                .body("total", equalTo(0));
        given().spec(hostPartner)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .post("/api/v1/opportunities/" + id + "/status")
                .then()
                .statusCode(200);
        given().spec(otherPartner).get("/api/v1/opportunities/" + id).then().statusCode(200);
        given().spec(as(TestTokens.reporter()))
                .get("/api/v1/opportunities/" + id)
                .then()
                .statusCode(200);
        given().spec(otherPartner)
                .contentType(MERGE_PATCH)
                .body(Map.of("positions", 5))
                .patch("/api/v1/opportunities/" + id)
                .then()
                .statusCode(403);
        given().spec(otherPartner)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED"))
                .post("/api/v1/opportunities/" + id + "/status")
                .then()
                .statusCode(403);
        given().spec(hostPartner)
                .contentType(MERGE_PATCH)
                .body(Map.of("hostOrganizationId", other.toString()))
                .patch("/api/v1/opportunities/" + id)
                .then()
                .statusCode(403);
        given().get("/api/v1/opportunities/" + id)
                .then()
                .body("status", equalTo("OPEN"))
                .body("positions", equalTo(2))
                .body("hostOrganizationId", equalTo(host.toString()));
    }

    @Test
    void mergePatchHonoursIfMatchAndMergesTranslations() {
        String id = Opportunities.draft(Opportunities.fields(host));
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"7\"")
                .body(Map.of("positions", 3))
                .patch("/api/v1/opportunities/" + id)
                .then()
                .statusCode(412);
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"0\"")
                .body(Map.of("positions", 3, "titleTranslations", Map.of("ne", "सामुदायिक स्वास्थ्य स्वयंसेवक")))
                .patch("/api/v1/opportunities/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("positions", equalTo(3))
                .body("titleTranslations.zh", equalTo("社区卫生志愿者"))
                .body("titleTranslations.ne", notNullValue());
        given().contentType(MERGE_PATCH)
                .body(Map.of("startTo", "2020-01-01"))
                .patch("/api/v1/opportunities/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("startTo"));
        Opportunities.move(id, "CANCELLED").then().statusCode(200);
        given().contentType(MERGE_PATCH)
                .body(Map.of("positions", 4))
                .patch("/api/v1/opportunities/" + id)
                .then()
                .statusCode(409);
    }

    @Test
    void listsFilterByWhatAVolunteerAppNeeds() {
        String skill = "opp-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", skill, "label", "Opportunity list skill"))
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(201);
        Instant before = Instant.now();
        Map<String, Object> nepal = Opportunities.fields(host);
        nepal.put("skills", List.of(Map.of("code", skill, "level", "BASIC")));
        String inNepal = Opportunities.open(nepal);
        Map<String, Object> kenya = Opportunities.fields(Organizations.active("KE"));
        kenya.putAll(Map.of(
                "country",
                "KE",
                "title",
                "Water engineer",
                "description",
                "Build village water points",
                "titleTranslations",
                Map.of("zh", "供水工程师"),
                "skills",
                List.of(Map.of("code", skill, "level", "EXPERT")),
                "languages",
                List.of(Map.of("code", "sw", "level", "A2")),
                "sdgs",
                List.of(6),
                "programme",
                "UN_VOLUNTEERS",
                "startFrom",
                "2027-09-01",
                "startTo",
                "2027-10-31"));
        String inKenya = Opportunities.open(kenya);
        String draft = Opportunities.draft(nepal);

        String base = "/api/v1/opportunities?skill=" + skill;
        given().get(base)
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", hasItems(inNepal, inKenya, draft));
        given().get(base + "&openOnly=true&sort=startFrom").then().body("items.id", equalTo(List.of(inNepal, inKenya)));
        given().get(base + "&country=KE").then().body("items.id", equalTo(List.of(inKenya)));
        given().get(base + "&region=AFRICA").then().body("items.id", equalTo(List.of(inKenya)));
        given().get(base + "&programme=UN_VOLUNTEERS").then().body("items.id", equalTo(List.of(inKenya)));
        given().get(base + "&language=sw").then().body("items.id", equalTo(List.of(inKenya)));
        given().get(base + "&sdg=6").then().body("items.id", equalTo(List.of(inKenya)));
        given().get(base + "&startAfter=2027-05-01").then().body("items.id", equalTo(List.of(inKenya)));
        given().get(base + "&startBefore=2027-05-01&status=OPEN").then().body("items.id", equalTo(List.of(inNepal)));
        given().get(base + "&q=供水").then().body("items.id", equalTo(List.of(inKenya)));
        given().get(base + "&q=WATER 工程").then().body("items.id", equalTo(List.of(inKenya)));
        given().get(base + "&q=water health").then().body("total", equalTo(0));
        given().get(base + "&q=100%25").then().body("total", equalTo(0));
        given().get(base + "&updatedSince=" + before + "&sort=-startFrom&openOnly=true")
                .then()
                .body("items.id", equalTo(List.of(inKenya, inNepal)));
        given().get(base + "&openOnly=true&size=1&page=1")
                .then()
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(inKenya)));
        given().spec(as(TestTokens.volunteer(UUID.randomUUID())))
                .get(base)
                .then()
                .statusCode(200)
                .body("total", equalTo(2));

        for (String bad : List.of(
                "country=XX",
                "region=MARS",
                "programme=X",
                "sdg=18",
                "startAfter=tomorrow",
                "openOnly=yes",
                "status=LIVE",
                "hostOrganizationId=1",
                "updatedSince=yesterday",
                "sort=positions",
                "size=500")) {
            given().get(base + "&" + bad).then().statusCode(400).contentType("application/problem+json");
        }
        given().queryParam("q", "a\u0000b")
                .get(base)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("q")));
    }

    private static void assertRefusedField(Map<String, Object> body, String field) {
        Opportunities.create(body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith(field)));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = Opportunities.fields(host);
        body.put(field, value);
        return body;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
