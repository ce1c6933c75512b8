package org.southsouth.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.Topics;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.partner.Organizations;

/**
 * Batches of organizations, contacts and partnerships: each item answered in order as the single call would answer
 * it, each in its own transaction, records remembered by the caller's external ids.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class BulkUpsertTest {

    private static final Logger LOG = Logger.getLogger(BulkUpsertTest.class);
    private static final String ORGANIZATIONS = "/api/v1/organizations/bulk";
    private static final String CONTACTS = "/api/v1/organizations/contacts/bulk";
    private static final String PARTNERSHIPS = "/api/v1/partnerships/bulk";

    private final String prefix = UUID.randomUUID() + "-";
    private final String coordinator = TestTokens.coordinator();

    @Test
    void aMixedOrganizationBatchAnswersEachItemInOrderAndStoresOnlyTheGoodOnes() {
        String existing = Organizations.register("Lao Youth Union", "22", "LA");
        String name = "Batch org " + prefix;
        ValidatableResponse answer = bulk(
                        given(),
                        ORGANIZATIONS,
                        List.of(
                                organization(name + "1", "KE"),
                                organization(name + "2", "XX"),
                                Map.of("id", existing, "acronym", "LYU"),
                                Map.of("id", existing, "name", "Lao Youth Union"),
                                Map.of("name", name + "3", "type", "22", "country", "KE", "colour", "blue"),
                                Map.of("id", UUID.randomUUID().toString(), "acronym", "NONE")))
                .body("items.index", equalTo(List.of(0, 1, 2, 3, 4, 5)))
                .body(
                        "items.outcome",
                        equalTo(List.of("created", "failed", "updated", "unchanged", "failed", "failed")))
                .body("items.status", equalTo(List.of(201, 400, 200, 200, 400, 404)))
                .body("items[1].problem.errors.field", hasItem("country"))
                .body("items[4].problem.errors.field", hasItem("colour"))
                .body("items[1].id", nullValue())
                .body("items[2].id", equalTo(existing))
                .body("created", equalTo(1))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("failed", equalTo(3));

        String created = answer.extract().path("items[0].id");
        given().get("/api/v1/organizations/" + created)
                .then()
                .statusCode(200)
                .body("name", equalTo(name + "1"))
                .body("region", equalTo("AFRICA"));
        given().get("/api/v1/organizations/" + existing)
                .then()
                .header("ETag", "\"2\"")
                .body("acronym", equalTo("LYU"));
        given().queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(1));
    }

    @Test
    void aPartnerUpdatesOnlyItsOwnOrganizationAndRegistersNone() {
        String own = Organizations.register("Own Partner Org", "22", "VN");
        String other = Organizations.register("Other Partner Org", "22", "VN");
        bulk(
                        given().auth().oauth2(TestTokens.partnerOf(own)),
                        ORGANIZATIONS,
                        List.of(
                                Map.of("id", own, "website", "https://own.example.org"),
                                Map.of("id", other, "website", "https://hijack.example.org"),
                                organization("Partner's new org " + prefix, "VN")))
                .body("items.status", equalTo(List.of(200, 403, 403)));

        given().get("/api/v1/organizations/" + own).then().body("website", equalTo("https://own.example.org"));
        given().get("/api/v1/organizations/" + other).then().header("ETag", "\"1\"");
        given().queryParam("q", "Partner's new org " + prefix)
                .get("/api/v1/organizations")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void aResentBatchWithExternalIdsUpdatesWhatItCreatedAndCreatesNothing() {
        String name = "Resent org " + prefix;
        List<Map<String, Object>> first = List.of(
                external("o-1", organization(name + "1", "TH")), external("o-2", organization(name + "2", "TH")));
        List<String> ids = bulk(as(coordinator), ORGANIZATIONS, first)
                .body("items.outcome", equalTo(List.of("created", "created")))
                .extract()
                .path("items.id");

        bulk(as(coordinator), ORGANIZATIONS, first)
                .body("items.outcome", equalTo(List.of("unchanged", "unchanged")))
                .body("items.id", equalTo(ids));
        Map<String, Object> renamed = external("o-2", organization(name + "2 renamed", "TH"));
        bulk(as(coordinator), ORGANIZATIONS, List.of(first.get(0), renamed))
                .body("items.outcome", equalTo(List.of("unchanged", "updated")))
                .body("items.id", equalTo(ids));

        given().queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(2));
        given().get("/api/v1/organizations/" + ids.get(1)).then().body("name", equalTo(name + "2 renamed"));
        // Another client's external ids are its own: the same ones create its own records.
        bulk(as(TestTokens.coordinator()), ORGANIZATIONS, first)
                .body("items.outcome", equalTo(List.of("created", "created")));
    }

    @Test
    void theSameExternalIdTwiceInOneBatchFailsTheSecondItem() {
        String name = "Twice org " + prefix;
        bulk(
                        as(coordinator),
                        ORGANIZATIONS,
                        List.of(
                                external("twice", organization(name + "1", "KE")),
                                external("twice", organization(name + "2", "KE"))))
                .body("items.status", equalTo(List.of(201, 400)))
                .body("items[1].problem.errors.field", hasItem("externalId"));
        given().queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(1));
    }

    @Test
    void aBatchRetriedWithTheSameIdempotencyKeyGetsTheFirstResult() {
        String name = "Idempotent org " + prefix;
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("items", List.of(organization(name, "NP")));
        String first = given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post(ORGANIZATIONS)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post(ORGANIZATIONS)
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body(equalTo(first));
        given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(Map.of("items", List.of(organization(name + " other", "NP"))))
                .post(ORGANIZATIONS)
                .then()
                .statusCode(422);
        given().queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(1));
    }

    @Test
    void aBatchOfNoneOrMoreThanFiveHundredItemsIsRefusedWhole() {
        String name = "Too many " + prefix;
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(organization(name + i, "KE"));
        }
        for (String path : List.of(ORGANIZATIONS, CONTACTS, PARTNERSHIPS)) {
            for (Object body :
                    List.of(Map.of("items", tooMany), Map.of("items", List.of()), Map.of("entries", List.of()))) {
                given().contentType(ContentType.JSON)
                        .body(body)
                        .post(path)
                        .then()
                        .statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors.field[0]", startsWith("items"));
            }
        }
        given().queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(0));
    }

    @Test
    void eachOrganizationPublishesItsOwnEvent() {
        List<String> ids = bulk(
                        given(),
                        ORGANIZATIONS,
                        List.of(
                                organization("Published A " + prefix, "KE"),
                                organization("Published B " + prefix, "KE")))
                .extract()
                .path("items.id");
        for (String id : ids) {
            byte[] registered = TopicRecords.awaitRecords(Topics.PARTNER_ORGANIZATIONS, id, 1)
                    .get(0)
                    .value();
            assertEquals(
                    "org.southsouth.partner.OrganizationRegistered",
                    EventCodec.decode(registered).type());
        }
    }

    @Test
    void contactsNameTheirOrganizationByIdOrByExternalIdAndOnlyItsOwnPartnerWritesThem() {
        String known = Organizations.register("Contacts by id org", "22", "GH");
        String byExternalId = bulk(
                        as(coordinator),
                        ORGANIZATIONS,
                        List.of(external("contacts-org", organization("Contacts by external id " + prefix, "GH"))))
                .extract()
                .path("items[0].id");
        List<String> added = bulk(
                        as(coordinator),
                        CONTACTS,
                        List.of(
                                external("c-1", contact(Map.of("organizationId", known), "Ama Mensah")),
                                external(
                                        "c-2",
                                        contact(
                                                Map.of("organizationExternalId", prefix + "contacts-org"),
                                                "Kwame Boateng")),
                                contact(Map.of("organizationExternalId", prefix + "nobody"), "Nobody"),
                                contact(Map.of(), "No organization"),
                                contact(Map.of("organizationId", known), "")))
                .body("items.status", equalTo(List.of(201, 201, 422, 400, 400)))
                .body("items[2].problem.errors.field", hasItem("organizationExternalId"))
                .body("items[3].problem.errors.field", hasItem("organizationId"))
                .body("items[4].problem.errors.field", hasItem("name"))
                .extract()
                .path("items.id");

        given().get("/api/v1/organizations/" + byExternalId + "/contacts")
                .then()
                .body("name", equalTo(List.of("Kwame Boateng")));
        bulk(
                        as(coordinator),
                        CONTACTS,
                        List.of(external("c-1", contact(Map.of("organizationId", known), "Ama Mensah-Owusu"))))
                .body("items.outcome", equalTo(List.of("updated")))
                .body("items[0].id", equalTo(added.get(0)));
        bulk(
                        given().auth().oauth2(TestTokens.partnerOf(byExternalId)),
                        CONTACTS,
                        List.of(
                                contact(Map.of("organizationId", known), "Intruder"),
                                contact(Map.of("organizationId", byExternalId), "Yaw Darko")))
                .body("items.status", equalTo(List.of(403, 201)));
        given().get("/api/v1/organizations/" + known + "/contacts")
                .then()
                .body("name", equalTo(List.of("Ama Mensah-Owusu")));
    }

    @Test
    void aContactDeletedForGoodIsAddedAnewWhenItsExternalIdComesAgain() {
        String organization = Organizations.register("Deleting contacts org", "22", "ZM");
        Map<String, Object> item = external("gone", contact(Map.of("organizationId", organization), "Chanda Banda"));
        String first = bulk(as(coordinator), CONTACTS, List.of(item)).extract().path("items[0].id");
        as(coordinator)
                .delete("/api/v1/organizations/" + organization + "/contacts/" + first)
                .then()
                .statusCode(204);

        String second = bulk(as(coordinator), CONTACTS, List.of(item))
                .body("items.outcome", equalTo(List.of("created")))
                .extract()
                .path("items[0].id");
        given().get("/api/v1/organizations/" + organization + "/contacts")
                .then()
                .body("id", equalTo(List.of(second)));
    }

    @Test
    void partnershipsNamePartiesByExternalIdAndAPartnerRecordsOnlyItsOwnAgreements() {
        List<String> orgs = bulk(
                        as(coordinator),
                        ORGANIZATIONS,
                        List.of(
                                external("party-1", organization("Party one " + prefix, "CN")),
                                external("party-2", organization("Party two " + prefix, "NP"))))
                .extract()
                .path("items.id");
        String outsider = Organizations.register("Outsider org", "22", "NP");
        Map<String, Object> agreement = external(
                "agreement",
                partnership(
                        "Exchange " + prefix,
                        List.of(
                                party("organizationExternalId", prefix + "party-1", "FUNDING"),
                                party("organizationId", orgs.get(1), "IMPLEMENTING"))));
        String recorded = bulk(
                        as(coordinator),
                        PARTNERSHIPS,
                        List.of(
                                agreement,
                                partnership(
                                        "Unknown party " + prefix,
                                        List.of(
                                                party("organizationExternalId", prefix + "party-1", "FUNDING"),
                                                party("organizationExternalId", prefix + "nobody", "IMPLEMENTING"))),
                                partnership(
                                        "One party " + prefix,
                                        List.of(party("organizationId", orgs.get(0), "FUNDING")))))
                .body("items.status", equalTo(List.of(201, 422, 400)))
                .body("items[1].problem.errors.field", hasItem("parties[1].organizationExternalId"))
                .body("items[2].problem.errors.field", hasItem("parties"))
                .extract()
                .path("items[0].id");

        given().get("/api/v1/partnerships/" + recorded)
                .then()
                .body("status", equalTo("DRAFT"))
                .body("parties.organizationId", equalTo(orgs));
        bulk(as(coordinator), PARTNERSHIPS, List.of(agreement))
                .body("items.outcome", equalTo(List.of("unchanged")))
                .body("items[0].id", equalTo(recorded));
        bulk(
                        given().auth().oauth2(TestTokens.partnerOf(outsider)),
                        PARTNERSHIPS,
                        List.of(
                                Map.of("id", recorded, "title", "Taken over"),
                                partnership(
                                        "Not mine " + prefix,
                                        List.of(
                                                party("organizationId", orgs.get(0), "FUNDING"),
                                                party("organizationId", orgs.get(1), "IMPLEMENTING")))))
                .body("items.status", equalTo(List.of(404, 403)));
        given().get("/api/v1/partnerships/" + recorded).then().body("title", equalTo("Exchange " + prefix));
    }

    @Test
    void aPartnershipItemCarriesTheStatusItReachedWithTheDatesOfItsSteps() {
        List<String> orgs = bulk(
                        as(coordinator),
                        ORGANIZATIONS,
                        List.of(organization("Signing A " + prefix, "CN"), organization("Signing B " + prefix, "NP")))
                .extract()
                .path("items.id");
        Map<String, Object> agreement = external(
                "in-force",
                partnership(
                        "In force " + prefix,
                        List.of(
                                party("organizationId", orgs.get(0), "FUNDING"),
                                party("organizationId", orgs.get(1), "IMPLEMENTING"))));
        agreement.putAll(Map.of("status", "ACTIVE", "signedOn", "2024-02-15", "activatedOn", "2024-03-01"));
        Map<String, Object> renewed = new HashMap<>(agreement);
        renewed.putAll(Map.of("externalId", prefix + "renewed", "title", "Renewed " + prefix, "status", "RENEWED"));
        String id = bulk(as(coordinator), PARTNERSHIPS, List.of(agreement, renewed))
                .body("items.status", equalTo(List.of(201, 400)))
                .body("items[1].problem.errors.field", hasItem("status"))
                .extract()
                .path("items[0].id");

        given().get("/api/v1/partnerships/" + id)
                .then()
                .body("status", equalTo("ACTIVE"))
                .body("signedOn", equalTo("2024-02-15"))
                .body("activatedOn", equalTo("2024-03-01"));
        given().queryParam("q", "Renewed " + prefix)
                .get("/api/v1/partnerships")
                .then()
                .body("total", equalTo(0));
        bulk(as(coordinator), PARTNERSHIPS, List.of(agreement)).body("items.outcome", equalTo(List.of("unchanged")));
        Map<String, Object> back = new HashMap<>(agreement);
        back.put("status", "SIGNED");
        bulk(as(coordinator), PARTNERSHIPS, List.of(back)).body("items.status", equalTo(List.of(409)));
        Map<String, Object> closed = new HashMap<>(agreement);
        closed.putAll(Map.of("status", "CLOSED", "closedOn", "2025-01-31"));
        bulk(as(coordinator), PARTNERSHIPS, List.of(closed)).body("items.outcome", equalTo(List.of("updated")));
        given().get("/api/v1/partnerships/" + id)
                .then()
                .body("status", equalTo("CLOSED"))
                .body("closedOn", equalTo("2025-01-31"));
    }

    /** Each item claims its external id in its own transaction: the loser waits, then rolls back or finds it. */
    @Test
    void theSameBatchSentTwiceAtOnceCreatesEachOrganizationOnceAndAnswersNoItemWithAServerError() throws Exception {
        String name = "Twice org " + prefix;
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(external("twice-" + i, organization(name + i, "GH")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<List<Integer>> send =
                () -> bulk(as(coordinator), ORGANIZATIONS, items).extract().path("items.status");
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> answer : pool.invokeAll(List.of(send, send))) {
            statuses.addAll(answer.get());
        }
        pool.shutdown();

        assertTrue(statuses.stream().allMatch(status -> status < 500), statuses.toString());
        given().queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(20));
        bulk(as(coordinator), ORGANIZATIONS, items).body("items.outcome", everyItem(equalTo("unchanged")));
    }

    @Test
    void fiveHundredOrganizationsGoThroughInOneBatch() {
        String name = "Load org " + prefix;
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            items.add(external("load-" + i, organization(name + i, "KE")));
        }
        long started = System.nanoTime();
        bulk(as(coordinator), ORGANIZATIONS, items).body("created", equalTo(500));
        LOG.infof("500 organizations in one batch: %d ms", (System.nanoTime() - started) / 1_000_000);
        given().queryParam("q", name).get("/api/v1/organizations").then().body("total", equalTo(500));
    }

    private static ValidatableResponse bulk(RequestSpecification as, String path, List<Map<String, Object>> items) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .post(path)
                .then()
                .statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static Map<String, Object> organization(String name, String country) {
        return Organizations.body(name, "22", country);
    }

    private static Map<String, Object> contact(Map<String, Object> organization, String name) {
        Map<String, Object> contact = new HashMap<>(organization);
        contact.put("name", name);
        contact.put("email", "contact@example.org");
        return contact;
    }

    private static Map<String, Object> partnership(String title, List<Map<String, Object>> parties) {
        return new HashMap<>(Map.of("title", title, "kind", "EXCHANGE_PROGRAMME", "parties", parties));
    }

    private static Map<String, Object> party(String reference, String organization, String role) {
        return Map.of(reference, organization, "role", role);
    }

    private Map<String, Object> external(String externalId, Map<String, Object> item) {
        Map<String, Object> named = new HashMap<>(item);
        named.put("externalId", prefix + externalId);
        return named;
    }
}
