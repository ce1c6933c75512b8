package org.southsouth.events.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;
import org.southsouth.events.knowledge.KnowledgeProductResourceTest;

/** Records name only organizations the network knows; inactive ones neither host nor send participants. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class OrganizationReferencesTest {

    private static final String UNKNOWN = "https://southsouth.org/problems/unknown-organization";
    private static final String INACTIVE = "https://southsouth.org/problems/inactive-organization";

    @Test
    void anEventNamingAnUnknownOrInactiveOrganizationIsNotCreated() {
        UUID stranger = UUID.randomUUID();
        Map<String, Object> unknownHost = Fixtures.event("FORUM", 30, null);
        unknownHost.put("hostOrganizationId", stranger.toString());
        refused(post("/api/v1/events", unknownHost), UNKNOWN, "hostOrganizationId", stranger);

        Map<String, Object> unknownPartner = Fixtures.event("FORUM", 30, null);
        unknownPartner.put(
                "partnerOrganizationIds", List.of(Fixtures.organization().toString(), stranger.toString()));
        refused(post("/api/v1/events", unknownPartner), UNKNOWN, "partnerOrganizationIds", stranger);

        Map<String, Object> unknownVisitors = Fixtures.event("DELEGATION_VISIT", 30, null);
        unknownVisitors.put(
                "delegationVisit",
                Map.of("visitingOrganizationIds", List.of(stranger.toString()), "delegatesCount", 5));
        refused(post("/api/v1/events", unknownVisitors), UNKNOWN, "delegationVisit.visitingOrganizationIds", stranger);

        UUID inactive = Fixtures.organization("INACTIVE");
        Map<String, Object> inactiveHost = Fixtures.event("FORUM", 30, null);
        inactiveHost.put("hostOrganizationId", inactive.toString());
        refused(post("/api/v1/events", inactiveHost), INACTIVE, "hostOrganizationId", inactive);

        for (UUID host : List.of(stranger, inactive)) {
            given().queryParam("organizationId", host.toString())
                    .get("/api/v1/events")
                    .then()
                    .body("total", equalTo(0));
        }
        // A PROSPECT may host, and an INACTIVE organization may still be a partner of an event.
        Map<String, Object> prospect = Fixtures.event("FORUM", 30, null);
        prospect.put("hostOrganizationId", Fixtures.organization("PROSPECT").toString());
        prospect.put("partnerOrganizationIds", List.of(inactive.toString()));
        Fixtures.create(prospect);
    }

    @Test
    void anUpdateNamingAnUnknownOrganizationChangesNothing() {
        String event = Fixtures.create(Fixtures.event("FORUM", 30, null));
        UUID stranger = UUID.randomUUID();
        refused(
                given().contentType("application/merge-patch+json")
                        .body(Map.of("partnerOrganizationIds", List.of(stranger.toString())))
                        .patch("/api/v1/events/" + event)
                        .then(),
                UNKNOWN,
                "partnerOrganizationIds",
                stranger);
        UUID inactive = Fixtures.organization("INACTIVE");
        refused(
                given().contentType("application/merge-patch+json")
                        .body(Map.of("hostOrganizationId", inactive.toString()))
                        .patch("/api/v1/events/" + event)
                        .then(),
                INACTIVE,
                "hostOrganizationId",
                inactive);
        given().get("/api/v1/events/" + event)
                .then()
                .header("ETag", equalTo("\"1\""))
                .body("partnerOrganizationIds", equalTo(List.of()));
    }

    @Test
    void aKnowledgeProductNeedsKnownLeadOrganizations() {
        UUID stranger = UUID.randomUUID();
        Map<String, Object> body = KnowledgeProductResourceTest.goodPractice("Unknown lead", "x", stranger);
        refused(post("/api/v1/knowledge-products", body), UNKNOWN, "leadOrganizationIds", stranger);
        given().queryParam("leadOrganizationId", stranger.toString())
                .get("/api/v1/knowledge-products")
                .then()
                .body("total", equalTo(0));

        String product = KnowledgeProductResourceTest.create(
                KnowledgeProductResourceTest.goodPractice("Known lead", "x", Fixtures.organization()));
        refused(
                given().contentType("application/merge-patch+json")
                        .body(Map.of("leadOrganizationIds", List.of(stranger.toString())))
                        .patch("/api/v1/knowledge-products/" + product)
                        .then(),
                UNKNOWN,
                "leadOrganizationIds",
                stranger);
        given().get("/api/v1/knowledge-products/" + product).then().body("version", equalTo(1));
    }

    @Test
    void delegatesOfUnknownOrInactiveOrganizationsAreNotRegistered() {
        String event = Fixtures.openEvent("DELEGATION_VISIT", 30, 10);
        UUID stranger = UUID.randomUUID();
        refused(
                post(
                        "/api/v1/events/" + event + "/participations",
                        Map.of("organizationId", stranger.toString(), "name", "Ana", "role", "DELEGATE")),
                UNKNOWN,
                "organizationId",
                stranger);
        UUID inactive = Fixtures.organization("INACTIVE");
        refused(
                post(
                        "/api/v1/events/" + event + "/participations",
                        Map.of("organizationId", inactive.toString(), "name", "Bo", "role", "EXPERT")),
                INACTIVE,
                "organizationId",
                inactive);
        refused(
                post(
                        "/api/v1/events/" + event + "/participations/groups",
                        Map.of(
                                "organizationId",
                                inactive.toString(),
                                "role",
                                "DELEGATE",
                                "members",
                                List.of("Li Wei", "Zhang Min"))),
                INACTIVE,
                "organizationId",
                inactive);

        given().get("/api/v1/events/" + event).then().body("seatsTaken", equalTo(0));
        given().get("/api/v1/events/" + event + "/participations").then().body("total", equalTo(0));
    }

    private static ValidatableResponse post(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static void refused(ValidatableResponse response, String type, String field, UUID organization) {
        response.statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(type))
                .body("detail", containsString(organization.toString()))
                .body("errors.field", hasItem(field));
    }
}
