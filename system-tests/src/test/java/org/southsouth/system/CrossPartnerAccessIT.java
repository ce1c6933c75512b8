package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Through the gateway with real client credentials: partner A tries every endpoint on partner B's private data
 * and gets 403 or 404, and nothing of B's changes; a volunteer app acts for its own volunteer only. The gateway and
 * every service check the token, so these refusals hold whichever of them decides.
 */
@ExtendWith(RunningPlatform.class)
class CrossPartnerAccessIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private static String orgA;
    private static String orgB;
    private static String partnerA;
    private static String partnerB;

    @BeforeAll
    static void twoPartnersWithTheirOwnClients() {
        orgA = organization("Partner A (access IT) " + UUID.randomUUID(), "KE");
        orgB = organization("Partner B (access IT) " + UUID.randomUUID(), "NP");
        partnerA = token(client(Map.of("roles", List.of("partner"), "organizationId", orgA)));
        partnerB = token(client(Map.of("roles", List.of("partner"), "organizationId", orgB)));
        awaitKnownEverywhere(orgA);
        awaitKnownEverywhere(orgB);
    }

    @Test
    void partnerAGetsNothingOfPartnerBsOrganizationContactsAndAgreements() {
        String contact = created(admin().contentType(ContentType.JSON)
                .body(Map.of("name", "Sita Sharma", "email", "sita@example.org", "role", "Programme lead"))
                .post("/api/v1/organizations/" + orgB + "/contacts"));
        String draft = created(admin().contentType(ContentType.JSON)
                .body(partnership(orgB, organization("Third party " + UUID.randomUUID(), "TH")))
                .post("/api/v1/partnerships"));
        Map<String, String> watched = snapshot(
                "/api/v1/organizations/" + orgB,
                "/api/v1/organizations/" + orgB + "/contacts",
                "/api/v1/partnerships/" + draft);

        List<Refusal> refusals = new ArrayList<>();
        refusals.add(attempt("PATCH", "/api/v1/organizations/" + orgB, Map.of("acronym", "HIJACK")));
        refusals.add(attempt("POST", "/api/v1/organizations/" + orgB + "/deactivate", Map.of()));
        refusals.add(attempt("POST", "/api/v1/organizations/" + orgB + "/status", Map.of("status", "INACTIVE")));
        refusals.add(attempt("GET", "/api/v1/organizations/" + orgB + "/contacts", null));
        refusals.add(attempt("GET", "/api/v1/organizations/" + orgB + "/contacts/" + contact, null));
        refusals.add(attempt("POST", "/api/v1/organizations/" + orgB + "/contacts", Map.of("name", "Intruder")));
        refusals.add(
                attempt("PATCH", "/api/v1/organizations/" + orgB + "/contacts/" + contact, Map.of("name", "Intruder")));
        refusals.add(attempt("DELETE", "/api/v1/organizations/" + orgB + "/contacts/" + contact, null));
        refusals.add(attempt("GET", "/api/v1/partnerships/" + draft, null));
        refusals.add(attempt("PATCH", "/api/v1/partnerships/" + draft, Map.of("title", "Hijacked")));
        refusals.add(attempt(
                "POST", "/api/v1/partnerships/" + draft + "/status", Map.of("status", "SIGNED", "on", "2024-01-01")));
        refusals.add(attempt("POST", "/api/v1/partnerships", partnership(orgB, orgB)));

        assertAllRefused(refusals);
        assertEquals(watched, snapshot(watched.keySet().toArray(String[]::new)), "nothing of B's changed");
        assertTrue(
                given()
                        .auth()
                        .oauth2(partnerA)
                        .get("/api/v1/partnerships?size=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id")
                        .stream()
                        .noneMatch(draft::equals),
                "B's draft agreement is not listed to A");
        as(partnerB)
                .contentType("application/merge-patch+json")
                .body(Map.of("acronym", "PBAIT"))
                .patch("/api/v1/organizations/" + orgB)
                .then()
                .statusCode(200);
        as(partnerB).get("/api/v1/organizations/" + orgB + "/contacts").then().statusCode(200);
    }

    @Test
    void partnerAGetsNothingOfPartnerBsVolunteersTheirDeploymentsAndHours() {
        String nominee = volunteer(orgB, "B nominee");
        String hours = created(admin().contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        nominee,
                        "date",
                        "2024-03-01",
                        "hours",
                        2,
                        "activity",
                        "Reading club",
                        "sdgs",
                        List.of(4)))
                .post("/api/v1/service-hours"));
        Map<String, String> watched = snapshot(
                "/api/v1/volunteers/" + nominee,
                "/api/v1/volunteers/" + nominee + "/consents",
                "/api/v1/service-hours/" + hours);

        List<Refusal> refusals = new ArrayList<>();
        refusals.add(attempt("GET", "/api/v1/volunteers/" + nominee, null));
        refusals.add(attempt("PATCH", "/api/v1/volunteers/" + nominee, Map.of("name", "Hijacked")));
        refusals.add(attempt("GET", "/api/v1/volunteers/" + nominee + "/consents", null));
        refusals.add(attempt(
                "POST",
                "/api/v1/volunteers/" + nominee + "/consents",
                Map.of("purpose", "MATCHING", "policyVersion", "2024-1")));
        refusals.add(attempt("GET", "/api/v1/volunteers/" + nominee + "/participations", null));
        refusals.add(attempt("POST", "/api/v1/volunteers/" + nominee + "/erasure", Map.of()));
        refusals.add(attempt(
                "POST",
                "/api/v1/deployments",
                Map.of(
                        "volunteerId",
                        nominee,
                        "sendingOrganizationId",
                        orgA,
                        "hostOrganizationId",
                        orgB,
                        "country",
                        "NP",
                        "programme",
                        "NATIONAL_FOREIGN_AID",
                        "role",
                        "Teacher",
                        "plannedStart",
                        "2031-02-01",
                        "plannedEnd",
                        "2031-10-01",
                        "sdgs",
                        List.of(4))));
        refusals.add(attempt(
                "POST",
                "/api/v1/service-hours",
                Map.of(
                        "volunteerId",
                        nominee,
                        "date",
                        "2024-03-02",
                        "hours",
                        1,
                        "activity",
                        "Forged",
                        "sdgs",
                        List.of(4))));
        refusals.add(attempt("GET", "/api/v1/service-hours/" + hours, null));
        refusals.add(attempt("POST", "/api/v1/service-hours/" + hours + "/verification", Map.of()));

        assertAllRefused(refusals);
        assertEquals(watched, snapshot(watched.keySet().toArray(String[]::new)), "nothing of B's nominee changed");
        assertTrue(
                given()
                        .auth()
                        .oauth2(partnerA)
                        .get("/api/v1/volunteers?size=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id")
                        .stream()
                        .noneMatch(nominee::equals),
                "B's nominee is not listed to A");
        as(partnerB).get("/api/v1/volunteers/" + nominee).then().statusCode(200);
    }

    @Test
    void partnerAGetsNothingOfPartnerBsEventsParticipantsAndDraftKnowledge() {
        String draftEvent = event(orgB);
        String openEvent = event(orgB);
        admin().contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .put("/api/v1/events/" + openEvent + "/status")
                .then()
                .statusCode(200);
        String delegate = created(admin().contentType(ContentType.JSON)
                .body(Map.of("organizationId", orgB, "name", "B delegate", "role", "DELEGATE"))
                .post("/api/v1/events/" + openEvent + "/participations"));
        String product = createdOnceKnown(() ->
                admin().contentType(ContentType.JSON).body(goodPractice(orgB)).post("/api/v1/knowledge-products"));
        Map<String, String> watched = snapshot(
                "/api/v1/events/" + draftEvent,
                "/api/v1/events/" + openEvent,
                "/api/v1/events/" + openEvent + "/participations/" + delegate,
                "/api/v1/knowledge-products/" + product);

        List<Refusal> refusals = new ArrayList<>();
        refusals.add(attempt("GET", "/api/v1/events/" + draftEvent, null));
        refusals.add(attempt("PATCH", "/api/v1/events/" + openEvent, Map.of("title", "Hijacked")));
        refusals.add(attempt("PUT", "/api/v1/events/" + openEvent + "/status", Map.of("status", "CANCELLED")));
        refusals.add(attempt("GET", "/api/v1/events/" + openEvent + "/participations/" + delegate, null));
        refusals.add(attempt(
                "PUT",
                "/api/v1/events/" + openEvent + "/participations/" + delegate + "/status",
                Map.of("status", "CANCELLED")));
        refusals.add(attempt(
                "POST",
                "/api/v1/events/" + openEvent + "/participations",
                Map.of("organizationId", orgB, "name", "Fake B delegate", "role", "DELEGATE")));
        refusals.add(attempt("POST", "/api/v1/events", eventBody(orgB)));
        refusals.add(attempt("GET", "/api/v1/knowledge-products/" + product, null));
        refusals.add(attempt("PATCH", "/api/v1/knowledge-products/" + product, Map.of("title", "Hijacked")));
        refusals.add(attempt(
                "PUT",
                "/api/v1/knowledge-products/" + product + "/review-status",
                Map.of("reviewStatus", "IN_REVIEW")));

        assertAllRefused(refusals);
        assertEquals(
                watched,
                snapshot(watched.keySet().toArray(String[]::new)),
                "nothing of B's events and knowledge changed");
        as(partnerB).get("/api/v1/events/" + draftEvent).then().statusCode(200);
    }

    @Test
    void aVolunteerAppActsForItsOwnVolunteerOnly() {
        String self = volunteer(orgA, "Self volunteer");
        String other = volunteer(orgA, "Other volunteer");
        String app = token(client(Map.of("roles", List.of("volunteer"), "volunteerId", self)));
        Map<String, String> watched = snapshot("/api/v1/volunteers/" + other);

        given().auth().oauth2(app).get("/api/v1/volunteers/" + self).then().statusCode(200);
        List<Refusal> refusals = List.of(
                attempt(app, "GET", "/api/v1/volunteers/" + other, null),
                attempt(app, "PATCH", "/api/v1/volunteers/" + other, Map.of("name", "Hijacked")),
                attempt(app, "POST", "/api/v1/volunteers/" + other + "/erasure", Map.of()),
                attempt(
                        app,
                        "POST",
                        "/api/v1/service-hours",
                        Map.of(
                                "volunteerId",
                                other,
                                "date",
                                "2024-03-02",
                                "hours",
                                1,
                                "activity",
                                "Forged",
                                "sdgs",
                                List.of(4))));
        assertAllRefused(refusals);
        assertEquals(watched, snapshot(watched.keySet().toArray(String[]::new)));
    }

    private record Refusal(String call, int status, String contentType) {}

    private static Refusal attempt(String method, String path, Map<String, Object> body) {
        return attempt(partnerA, method, path, body);
    }

    private static Refusal attempt(String token, String method, String path, Map<String, Object> body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request = request.contentType(method.equals("PATCH") ? "application/merge-patch+json" : "application/json")
                    .body(body);
        }
        Response response = request.request(method, path);
        return new Refusal(method + " " + path, response.statusCode(), response.contentType());
    }

    private static void assertAllRefused(List<Refusal> refusals) {
        List<Refusal> let = refusals.stream()
                .filter(r -> !(r.status() == 403 || r.status() == 404)
                        || !r.contentType().startsWith("application/problem+json"))
                .toList();
        assertTrue(let.isEmpty(), "expected 403/404 problems, got: " + let);
    }

    /** Each resource as the admin reads it, so a later snapshot shows any change. */
    private static Map<String, String> snapshot(String... paths) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths) {
            bodies.put(path, admin().get(path).then().statusCode(200).extract().asString());
        }
        return bodies;
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given();
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static String created(Response response) {
        return response.then().statusCode(201).extract().path("id");
    }

    private static String organization(String name, String country) {
        return created(admin().contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "type",
                        "22",
                        "country",
                        country,
                        "status",
                        "ACTIVE",
                        "joinedNetworkOn",
                        "2020-01-01"))
                .post("/api/v1/organizations"));
    }

    private static Map<String, Object> partnership(String one, String other) {
        return Map.of(
                "title",
                "Access IT agreement " + UUID.randomUUID(),
                "kind",
                "KNOWLEDGE_SHARING",
                "parties",
                List.of(
                        Map.of("organizationId", one, "role", "IMPLEMENTING"),
                        Map.of("organizationId", other, "role", "FUNDING")),
                "startsOn",
                "2024-01-01",
                "sdgTargets",
                List.of("17.17"),
                "countries",
                List.of("NP"));
    }

    private static String volunteer(String home, String name) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "email",
                "access-" + UUID.randomUUID() + "@example.org",
                "nationality",
                "NP",
                "residence",
                "NP",
                "homeOrganizationId",
                home,
                "languages",
                List.of(Map.of("code", "ne", "level", "NATIVE"))));
        return created(admin().contentType(ContentType.JSON).body(body).post("/api/v1/volunteers"));
    }

    private static Map<String, Object> eventBody(String host) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind",
                "FORUM",
                "title",
                "Access IT forum " + UUID.randomUUID(),
                "hostOrganizationId",
                host,
                "country",
                "NP",
                "city",
                "Kathmandu",
                "startsAt",
                "2031-05-06T02:00:00Z",
                "endsAt",
                "2031-05-07T09:00:00Z",
                "timeZone",
                "Asia/Kathmandu",
                "sdgs",
                List.of(17),
                "languages",
                List.of("en")));
        body.put("capacity", 20);
        return body;
    }

    private static String event(String host) {
        return createdOnceKnown(() ->
                admin().contentType(ContentType.JSON).body(eventBody(host)).post("/api/v1/events"));
    }

    /** events-service learns organizations over Kafka: until it knows them it answers 422. */
    private static String createdOnceKnown(Supplier<Response> create) {
        Response response = await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .until(create::get, r -> r.statusCode() != 422);
        return created(response);
    }

    private static Map<String, Object> goodPractice(String lead) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind",
                "GOOD_PRACTICE",
                "title",
                "Access IT practice " + UUID.randomUUID(),
                "type",
                "Community volunteering",
                "scope",
                "NATIONAL",
                "leadOrganizationIds",
                List.of(lead),
                "year",
                2024,
                "country",
                "NP",
                "sdgs",
                List.of(4),
                "overview",
                "Reading clubs run by volunteers"));
        body.put("languages", List.of("en"));
        return body;
    }

    private static Map<String, Object> client(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("name", "Access IT client " + UUID.randomUUID());
        return body;
    }

    private static String token(Map<String, Object> clientBody) {
        var registered = admin().contentType(ContentType.JSON)
                .body(clientBody)
                .post("/admin/v1/clients")
                .then()
                .statusCode(201)
                .extract();
        return given().auth()
                .preemptive()
                .basic(registered.<String>path("client.clientId"), registered.<String>path("clientSecret"))
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** volunteer-service and events-service learn organizations over Kafka. */
    private static void awaitKnownEverywhere(String organization) {
        await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> admin().get("/api/v1/host-organizations/" + organization)
                        .then()
                        .statusCode(200));
    }
}
