package org.southsouth.partner.journal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.journal.postgres.JournalBackfill;
import org.southsouth.journal.postgres.JournalRetention;
import org.southsouth.partner.Organizations;
import org.southsouth.partner.Partnerships;

/**
 * An integrator mirrors organizations, partnerships and contacts from their changes feeds alone: the mirror equals
 * what the lists show it, deletions and records it may no longer read included, and nothing of what it never saw.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ChangesFeedTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String CONTACTS = "/api/v1/organizations/contacts/changes";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    JournalRetention retention;

    @Inject
    JournalBackfill backfill;

    @Test
    void aPartnersContactMirrorEqualsItsContactListAfterCreatesUpdatesAndADeletion() {
        String own = Organizations.register("Gambia Volunteer Trust", "22", "GM");
        String other = Organizations.register("Guinea Youth Service", "22", "GN");
        String partner = TestTokens.partnerOf(own);
        FeedMirror mirror = new FeedMirror(CONTACTS, partner);
        String kept = addContact(own, partner, "Fatou Jallow");
        String changed = addContact(own, partner, "Lamin Ceesay");
        String deleted = addContact(own, partner, "Isatou Touray");
        String othersDeleted = addContact(other, TestTokens.admin(), "Mamadou Bah");
        await().atMost(WAIT).untilAsserted(() -> {
            mirror.sync();
            assertEquals(contactsOf(own, partner), mirror.records());
        });

        given().auth()
                .oauth2(partner)
                .contentType(MERGE_PATCH)
                .body(Map.of("email", "lamin@example.org"))
                .patch("/api/v1/organizations/" + own + "/contacts/" + changed)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(partner)
                .delete("/api/v1/organizations/" + own + "/contacts/" + deleted)
                .then()
                .statusCode(204);
        given().delete("/api/v1/organizations/" + other + "/contacts/" + othersDeleted)
                .then()
                .statusCode(204);
        List<Map<String, Object>> read = new ArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            read.addAll(mirror.sync());
            assertEquals(contactsOf(own, partner), mirror.records());
        });

        assertTrue(mirror.records().containsKey(kept));
        assertEquals("lamin@example.org", mirror.records().get(changed).get("email"));
        Map<String, Object> tombstone = read.stream()
                .filter(item -> deleted.equals(item.get("id")))
                .findFirst()
                .orElseThrow();
        assertEquals(true, tombstone.get("removed"));
        assertEquals("deleted", tombstone.get("reason"));
        assertFalse(
                read.stream().anyMatch(item -> othersDeleted.equals(item.get("id"))),
                "another organization's deleted contact never reaches the partner");
    }

    @Test
    void anOrganizationMirrorEqualsTheOrganizationList() {
        FeedMirror mirror = new FeedMirror("/api/v1/organizations/changes", TestTokens.reporter());
        String id = Organizations.register("Benin Volunteer Alliance", "22", "BJ");
        mirror.sync();
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body(Map.of("acronym", "BVA", "status", "ACTIVE"))
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);
        given().post("/api/v1/organizations/" + id + "/deactivate").then().statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> {
            mirror.sync();
            assertEquals(allOrganizations(), mirror.records());
        });
        assertEquals("INACTIVE", mirror.records().get(id).get("status"));
    }

    @Test
    void aPartnerTakenOffADraftGetsItAsOutOfScopeAndNeverSeesOthersDrafts() {
        String a = Organizations.register("Togo Volunteer Link", "22", "TG");
        String b = Organizations.register("Ghana Service Corps", "22", "GH");
        String c = Organizations.register("Burkina Youth Network", "22", "BF");
        String partnerA = TestTokens.partnerOf(a);
        FeedMirror mirror = new FeedMirror("/api/v1/partnerships/changes", partnerA);
        String draft = Partnerships.create(Partnerships.body(
                "Volta exchange (negotiating)", "EXCHANGE_PROGRAMME", a, "IMPLEMENTING", b, "FUNDING"));
        String othersDraft =
                Partnerships.create(Partnerships.body("Ghana-Burkina draft", "MOU", b, "IMPLEMENTING", c, "FUNDING"));
        await().atMost(WAIT).untilAsserted(() -> {
            mirror.sync();
            assertTrue(mirror.records().containsKey(draft));
        });
        assertFalse(mirror.records().containsKey(othersDraft));

        given().contentType(MERGE_PATCH)
                .body(Map.of(
                        "parties",
                        List.of(
                                Map.of("organizationId", b, "role", "IMPLEMENTING"),
                                Map.of("organizationId", c, "role", "FUNDING"))))
                .patch("/api/v1/partnerships/" + draft)
                .then()
                .statusCode(200);
        List<Map<String, Object>> read = new ArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            read.addAll(mirror.sync());
            assertFalse(mirror.records().containsKey(draft));
        });

        Map<String, Object> tombstone = read.stream()
                .filter(item -> draft.equals(item.get("id")))
                .findFirst()
                .orElseThrow();
        assertEquals("out-of-scope", tombstone.get("reason"));
        assertEquals(true, tombstone.get("removed"));
        assertFalse(read.stream().anyMatch(item -> othersDraft.equals(item.get("id"))));
        assertEquals(
                partnershipsOf(partnerA),
                mirror.records().keySet().stream().sorted().toList());
    }

    @Test
    void aCursorThePlatformDidNotIssueOrALimitOutOfRangeIsA400NamingIt() {
        given().queryParam("cursor", "not-a-cursor")
                .get("/api/v1/partnerships/changes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", 501)
                .get("/api/v1/organizations/changes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(TestTokens.reporter()).get(CONTACTS).then().statusCode(403);
    }

    @Test
    void aCursorRetentionOvertookAnswers410AndAFullResyncStartsAfresh() throws SQLException {
        String own = Organizations.register("Liberia Volunteer Bridge", "22", "LR");
        String contact = addContact(own, TestTokens.admin(), "Comfort Kollie");
        FeedMirror mirror = new FeedMirror(CONTACTS, TestTokens.admin());
        await().atMost(WAIT).untilAsserted(() -> {
            mirror.sync();
            assertTrue(mirror.records().containsKey(contact));
        });
        String cursor = mirror.cursor();
        given().delete("/api/v1/organizations/" + own + "/contacts/" + contact)
                .then()
                .statusCode(204);
        ageJournalOf(contact, Duration.ofDays(40));

        assertTrue(retention.prune() >= 2);

        given().queryParam("cursor", cursor)
                .get(CONTACTS)
                .then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("status", equalTo(410))
                .body("detail", containsString("without a cursor"))
                .body("errors[0].field", equalTo("cursor"));
        FeedMirror resync = new FeedMirror(CONTACTS, TestTokens.admin());
        resync.sync();
        assertFalse(resync.records().containsKey(contact));
        given().queryParam("cursor", resync.cursor()).get(CONTACTS).then().statusCode(200);
    }

    @Test
    void recordsStoredBeforeTheJournalAreJournaledOnceWithTheirStateNow() throws SQLException {
        String id = Organizations.register("Sierra Leone Volunteer Forum", "22", "SL");
        execute("DELETE FROM record_journal WHERE record_id = ?", id);
        given().get("/api/v1/organizations/" + id + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        assertTrue(backfill.backfill() >= 1);
        assertEquals(0, backfill.backfill());

        given().get("/api/v1/organizations/" + id + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("Sierra Leone Volunteer Forum"));
        FeedMirror mirror = new FeedMirror("/api/v1/organizations/changes", TestTokens.admin());
        await().atMost(WAIT).untilAsserted(() -> {
            mirror.sync();
            assertEquals(allOrganizations(), mirror.records());
        });
    }

    private String addContact(String organization, String token, String name) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/api/v1/organizations/" + organization + "/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Map<String, Object>> contactsOf(String organization, String token) {
        List<Map<String, Object>> contacts = given().auth()
                .oauth2(token)
                .get("/api/v1/organizations/" + organization + "/contacts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return byId(contacts);
    }

    private static Map<String, Map<String, Object>> allOrganizations() {
        Map<String, Map<String, Object>> all = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonPath found = given().queryParam("size", 200)
                    .queryParam("page", page)
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            all.putAll(byId(found.getList("items")));
            if (all.size() >= found.getLong("total")) {
                return all;
            }
        }
    }

    private static List<String> partnershipsOf(String token) {
        return given()
                .auth()
                .oauth2(token)
                .queryParam("size", 200)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("items.id")
                .stream()
                .sorted()
                .toList();
    }

    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> records) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        records.forEach(record -> byId.put((String) record.get("id"), record));
        return byId;
    }

    private void ageJournalOf(String recordId, Duration age) throws SQLException {
        execute(
                "UPDATE record_journal SET recorded_at = recorded_at - interval '" + age.toDays() + " days'"
                        + " WHERE record_id = ?",
                recordId);
    }

    private void execute(String sql, String recordId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(recordId));
            statement.executeUpdate();
        }
    }
}
