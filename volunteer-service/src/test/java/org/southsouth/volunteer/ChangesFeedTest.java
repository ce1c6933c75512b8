package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.journal.postgres.JdbcRecordJournal;
import org.southsouth.journal.postgres.JournalRetention;

/**
 * A partner keeps mirrors of volunteers, deployments and service hours from the changes feeds alone, and they stay
 * equal to what its lists show: through creates, updates, a status move, a volunteer moving to another home
 * organization (out-of-scope tombstones) and an erasure (an erased tombstone; the hours stay, redacted).
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ChangesFeedTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    @Inject
    JdbcRecordJournal journal;

    @Inject
    JournalRetention retention;

    @Test
    void aPartnersMirrorsBuiltFromTheFeedsEqualItsListsThroughChangesMovesAndErasure() {
        UUID orgA = Organizations.active("KE");
        UUID orgB = Organizations.active("TH");
        UUID sender = Organizations.active("CN");
        UUID host = Organizations.active("NP");
        String partnerA = TestTokens.partnerOf(orgA);
        String partnerB = TestTokens.partnerOf(orgB);
        FeedMirror volunteersOfA = new FeedMirror("volunteers", partnerA);
        FeedMirror deploymentsOfA = new FeedMirror("deployments", partnerA);
        FeedMirror hoursOfA = new FeedMirror("service-hours", partnerA);

        String stays = registerAs(partnerA, orgA);
        String moves = registerAs(partnerA, orgA);
        String erased = registerAs(partnerA, orgA);
        assertMirrorsEqualLists(partnerA, volunteersOfA, deploymentsOfA, hoursOfA);

        given().auth()
                .oauth2(partnerA)
                .contentType(MERGE_PATCH)
                .body(Map.of("residence", "UG"))
                .patch("/api/v1/volunteers/" + stays)
                .then()
                .statusCode(200);
        String deployment = given().contentType(ContentType.JSON)
                .body(plan(moves, sender, host))
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/deployments/" + deployment + "/status")
                .then()
                .statusCode(200);
        String hoursOfMoving = ServiceHoursResourceTest.log(moves, "2025-04-01", "6.5", List.of(3))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String hoursOfErased = ServiceHoursResourceTest.log(erased, "2025-04-02", "2", List.of())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/service-hours/" + hoursOfErased + "/verification")
                .then()
                .statusCode(200);
        assertMirrorsEqualLists(partnerA, volunteersOfA, deploymentsOfA, hoursOfA);
        assertEquals(List.of(deployment), List.copyOf(deploymentsOfA.records().keySet()));

        given().contentType(MERGE_PATCH)
                .body(Map.of("homeOrganizationId", orgB.toString()))
                .patch("/api/v1/volunteers/" + moves)
                .then()
                .statusCode(200);
        given().post("/api/v1/volunteers/" + erased + "/erasure").then().statusCode(200);
        assertMirrorsEqualLists(partnerA, volunteersOfA, deploymentsOfA, hoursOfA);

        assertEquals(Map.of(moves, "out-of-scope", erased, "erased"), volunteersOfA.tombstones());
        assertEquals(Map.of(deployment, "out-of-scope"), deploymentsOfA.tombstones());
        assertEquals(Map.of(hoursOfMoving, "out-of-scope"), hoursOfA.tombstones());
        assertEquals("[erased]", hoursOfA.records().get(hoursOfErased).get("activity"));

        FeedMirror volunteersOfB = new FeedMirror("volunteers", partnerB);
        FeedMirror deploymentsOfB = new FeedMirror("deployments", partnerB);
        FeedMirror hoursOfB = new FeedMirror("service-hours", partnerB);
        assertMirrorsEqualLists(partnerB, volunteersOfB, deploymentsOfB, hoursOfB);
        assertEquals(List.of(deployment), List.copyOf(deploymentsOfB.records().keySet()));
        assertEquals(List.of(hoursOfMoving), List.copyOf(hoursOfB.records().keySet()));
    }

    @Test
    void aHostsMirrorsOfOpportunitiesAndApplicationsEqualItsListsThroughAnErasureAndHostChanges() {
        UUID home = Organizations.active("KE");
        UUID host = Organizations.active("NP");
        UUID otherHost = Organizations.active("LK");
        String hostPartner = TestTokens.partnerOf(host);
        FeedMirror opportunitiesOfHost = new FeedMirror("opportunities", hostPartner);
        FeedMirror applicationsOfHost = new FeedMirror("applications", hostPartner);
        String draft = Opportunities.draft(Opportunities.fields(host));
        String open = Opportunities.open(Opportunities.fields(host));
        String applicant = Volunteers.register(home);
        String erased = Volunteers.register(home);
        String application = apply(applicant, open);
        String erasedApplication = apply(erased, open);
        assertMirrorEqualsList(hostPartner, "opportunities", opportunitiesOfHost);
        assertMirrorEqualsList(hostPartner, "applications", applicationsOfHost);
        assertTrue(opportunitiesOfHost.records().keySet().containsAll(Set.of(draft, open)));
        assertEquals(
                Set.of(application, erasedApplication),
                applicationsOfHost.records().keySet());

        given().post("/api/v1/volunteers/" + erased + "/erasure").then().statusCode(200);
        assertMirrorEqualsList(hostPartner, "applications", applicationsOfHost);
        assertEquals(
                "[erased]", applicationsOfHost.records().get(erasedApplication).get("motivation"));

        for (String opportunity : List.of(draft, open)) {
            given().contentType(MERGE_PATCH)
                    .body(Map.of("hostOrganizationId", otherHost.toString()))
                    .patch("/api/v1/opportunities/" + opportunity)
                    .then()
                    .statusCode(200);
        }
        assertMirrorEqualsList(hostPartner, "opportunities", opportunitiesOfHost);
        assertMirrorEqualsList(hostPartner, "applications", applicationsOfHost);
        assertEquals("out-of-scope", opportunitiesOfHost.tombstones().get(draft));
        assertEquals(
                otherHost.toString(), opportunitiesOfHost.records().get(open).get("hostOrganizationId"));
        assertEquals(
                Map.of(application, "out-of-scope", erasedApplication, "out-of-scope"),
                applicationsOfHost.tombstones());

        FeedMirror applicationsOfOtherHost = new FeedMirror("applications", TestTokens.partnerOf(otherHost));
        assertMirrorEqualsList(TestTokens.partnerOf(otherHost), "applications", applicationsOfOtherHost);
        assertEquals(
                Set.of(application, erasedApplication),
                applicationsOfOtherHost.records().keySet());
    }

    @Test
    void readingFromTheStartGivesOnlyWhatTheCallerMayReadNowAndNoTombstones() {
        UUID org = Organizations.active("GH");
        String partner = TestTokens.partnerOf(org);
        String kept = registerAs(partner, org);
        String erased = registerAs(partner, org);
        given().post("/api/v1/volunteers/" + erased + "/erasure").then().statusCode(200);

        given().auth()
                .oauth2(partner)
                .queryParam("limit", 500)
                .get("/api/v1/volunteers/changes")
                .then()
                .statusCode(200)
                .body("items.removed", everyItem(equalTo(false)));
        FeedMirror mirror = new FeedMirror("volunteers", partner);
        await().atMost(CATCH_UP)
                .untilAsserted(() -> assertEquals(
                        List.of(kept), List.copyOf(mirror.catchUp().records().keySet())));
        // A later page may still drop the erased volunteer that an earlier page left out: a no-op for the mirror.
        assertTrue(Set.of(erased).containsAll(mirror.tombstones().keySet()));

        String volunteer = TestTokens.volunteer(kept);
        FeedMirror itself = new FeedMirror("volunteers", volunteer);
        await().atMost(CATCH_UP)
                .untilAsserted(() -> assertEquals(
                        FeedMirror.list("volunteers", volunteer),
                        itself.catchUp().records()));
        assertEquals(List.of(kept), List.copyOf(itself.records().keySet()));
    }

    @Test
    void aCursorThisFeedDidNotIssueIsRefusedNamingCursor() {
        given().queryParam("cursor", "forged")
                .get("/api/v1/volunteers/changes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("cursor"));
        given().queryParam("cursor", "YzE6LTE6NQ")
                .get("/api/v1/deployments/changes")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cursor"));
        given().queryParam("limit", 501)
                .get("/api/v1/service-hours/changes")
                .then()
                .statusCode(400);
    }

    @Test
    void reportersReadNoFeedAboutPeople() {
        for (String collection : List.of("volunteers", "deployments", "service-hours", "applications")) {
            given().auth()
                    .oauth2(TestTokens.reporter())
                    .get("/api/v1/" + collection + "/changes")
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void aCursorOlderThanWhatRetentionPrunedIsGoneAndTheFeedSaysToStartOver() {
        UUID org = Organizations.active("BR");
        String partner = TestTokens.partnerOf(org);
        String volunteer = registerAs(partner, org);
        FeedMirror mirror = new FeedMirror("volunteers", partner);
        await().atMost(CATCH_UP)
                .untilAsserted(() -> assertTrue(mirror.catchUp().records().containsKey(volunteer)));
        String cursor = mirror.cursor();
        for (String residence : List.of("UG", "TZ")) {
            given().contentType(MERGE_PATCH)
                    .body(Map.of("residence", residence))
                    .patch("/api/v1/volunteers/" + volunteer)
                    .then()
                    .statusCode(200);
        }

        retention.prune();
        given().auth()
                .oauth2(partner)
                .queryParam("cursor", cursor)
                .get("/api/v1/volunteers/changes")
                .then()
                .statusCode(200);

        assertTrue(journal.prune(Optional.of(Duration.ZERO), Duration.ofDays(30)) > 0);
        given().auth()
                .oauth2(partner)
                .queryParam("cursor", cursor)
                .get("/api/v1/volunteers/changes")
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("detail", startsWith("cursor is older than the journal's retention"));
        FeedMirror resync = new FeedMirror("volunteers", partner);
        await().atMost(CATCH_UP)
                .untilAsserted(() -> assertEquals(
                        FeedMirror.list("volunteers", partner), resync.catchUp().records()));
        assertEquals("TZ", resync.records().get(volunteer).get("residence"));
    }

    @Test
    void tombstoneRetentionKeepsAnErasedVolunteersHistoryWithItsErasureAndItsHours() {
        UUID org = Organizations.active("MX");
        String partner = TestTokens.partnerOf(org);
        String volunteer = registerAs(partner, org);
        String hours = ServiceHoursResourceTest.log(volunteer, "2025-07-01", "4", List.of())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().post("/api/v1/volunteers/" + volunteer + "/erasure").then().statusCode(200);

        journal.prune(Optional.empty(), Duration.ZERO);

        given().get("/api/v1/volunteers/" + volunteer + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].kind", equalTo("ERASED"));
        given().get("/api/v1/service-hours/" + hours + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        FeedMirror mirror = new FeedMirror("service-hours", partner);
        await().atMost(CATCH_UP)
                .untilAsserted(() -> assertEquals(
                        FeedMirror.list("service-hours", partner),
                        mirror.catchUp().records()));
        assertEquals(List.of(hours), List.copyOf(mirror.records().keySet()));
    }

    @Test
    void feedsAndHistoriesAreInTheContractWithTheirProblems() {
        JsonPath openapi = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, String> feeds = Map.of(
                "volunteers",
                "listVolunteerChanges",
                "deployments",
                "listDeploymentChanges",
                "service-hours",
                "listServiceHoursChanges",
                "applications",
                "listApplicationChanges");
        Map<String, String> histories = Map.of(
                "volunteers",
                "getVolunteerHistory",
                "deployments",
                "getDeploymentHistory",
                "service-hours",
                "getServiceHoursHistory");
        feeds.forEach((collection, operation) -> {
            String get = "paths.'/api/v1/" + collection + "/changes'.get";
            assertEquals(operation, openapi.getString(get + ".operationId"));
            assertTrue(openapi.getMap(get + ".responses").keySet().containsAll(Set.of("200", "400", "403", "410")));
        });
        assertEquals(
                "listOpportunityChanges", openapi.getString("paths.'/api/v1/opportunities/changes'.get.operationId"));
        histories.forEach((collection, operation) -> {
            String get = "paths.'/api/v1/" + collection + "/{id}/history'.get";
            assertEquals(operation, openapi.getString(get + ".operationId"));
            assertTrue(openapi.getMap(get + ".responses").keySet().containsAll(Set.of("200", "403", "404")));
        });
    }

    private static void assertMirrorEqualsList(String token, String collection, FeedMirror mirror) {
        await().atMost(CATCH_UP)
                .untilAsserted(() -> assertEquals(
                        FeedMirror.list(collection, token), mirror.catchUp().records()));
    }

    private static String apply(String volunteer, String opportunity) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "volunteerId", volunteer, "motivation", "Nurse since 2019"))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void assertMirrorsEqualLists(
            String token, FeedMirror volunteers, FeedMirror deployments, FeedMirror hours) {
        await().atMost(CATCH_UP).untilAsserted(() -> {
            Map<String, Map<String, Object>> listed = FeedMirror.list("volunteers", token).entrySet().stream()
                    .filter(entry -> !"ERASED".equals(entry.getValue().get("status")))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertEquals(listed, volunteers.catchUp().records());
            assertEquals(
                    FeedMirror.list("deployments", token), deployments.catchUp().records());
            assertEquals(
                    FeedMirror.list("service-hours", token), hours.catchUp().records());
        });
    }

    private static String registerAs(String token, UUID home) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Volunteers.profile(home))
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201)
                .body("homeOrganizationId", equalTo(home.toString()))
                .extract()
                .path("id");
    }

    private static Map<String, Object> plan(String volunteer, UUID sender, UUID host) {
        return Map.of(
                "volunteerId",
                volunteer,
                "sendingOrganizationId",
                sender.toString(),
                "hostOrganizationId",
                host.toString(),
                "country",
                "NP",
                "programme",
                "NATIONAL_FOREIGN_AID",
                "role",
                "Community health advisor",
                "plannedStart",
                "2027-01-15",
                "plannedEnd",
                "2027-10-15",
                "sdgs",
                List.of(3));
    }
}
