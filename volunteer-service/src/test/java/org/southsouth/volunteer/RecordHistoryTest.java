package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

/**
 * Each volunteer, deployment and hours entry has a history: who changed it, through which client and request, what
 * changed; readable exactly by those who may read the record; and after an erasure no personal value is left in it.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class RecordHistoryTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aStatusMoveShowsBeforeAndAfterAndWhoMadeIt() {
        UUID sender = Organizations.active("KE");
        UUID host = Organizations.active("NP");
        String partner = TestTokens.partnerOf(sender);
        String volunteer = Volunteers.register(sender);
        String deployment = given().auth()
                .oauth2(partner)
                .contentType(ContentType.JSON)
                .body(plan(volunteer, sender, host))
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(partner)
                .contentType(ContentType.JSON)
                .header("X-Request-Id", "move-" + deployment)
                .body(Map.of("status", "ACTIVE", "on", "2027-01-16"))
                .post("/api/v1/deployments/" + deployment + "/status")
                .then()
                .statusCode(200);

        JsonPath history = given().auth()
                .oauth2(partner)
                .get("/api/v1/deployments/" + deployment + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.size()", equalTo(2))
                .extract()
                .jsonPath();
        assertEquals("WRITTEN", history.getString("items[0].kind"));
        assertEquals("partner-" + sender, history.getString("items[0].actor.clientId"));
        assertEquals("partner", history.getString("items[0].actor.roles"));
        assertEquals(sender.toString(), history.getString("items[0].actor.organizationId"));
        assertEquals("move-" + deployment, history.getString("items[0].requestId"));
        assertEquals(List.of("arrivedOn", "status"), history.getList("items[0].changes.field"));
        assertEquals(
                Map.of("field", "status", "before", "PLANNED", "after", "ACTIVE"),
                history.getMap("items[0].changes.find { it.field == 'status' }"));
        assertEquals("2027-01-16", history.getString("items[0].changes.find { it.field == 'arrivedOn' }.after"));
        assertFalse(history.getList("items[1].changes.field").contains("updatedAt"));
        assertEquals("PLANNED", history.getString("items[1].changes.find { it.field == 'status' }.after"));
        assertEquals(null, history.getString("items[1].changes.find { it.field == 'status' }.before"));

        given().auth()
                .oauth2(partner)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/v1/deployments/" + deployment + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.size()", equalTo(1))
                .body("items[0].changes.field", hasItem("plannedStart"));
    }

    @Test
    void aChangeThatAConsumedEventCausedNamesThatEventInsteadOfAClient() {
        UUID home = Organizations.active("LA");
        UUID closingHost = Organizations.active("MM");
        String volunteer = Volunteers.register(home);
        String deployment = given().contentType(ContentType.JSON)
                .body(plan(volunteer, home, closingHost))
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Organizations.announce(PartnerEvents.ORGANIZATION_DEACTIVATED, closingHost, 2, "MM", "INACTIVE");

        String history = "/api/v1/deployments/" + deployment + "/history";
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().get(history).then().statusCode(200).body("total", equalTo(2)));
        given().get(history)
                .then()
                .body("items[0].causationId", notNullValue())
                .body("items[0].actor.clientId", nullValue())
                .body("items[0].changes.field", equalTo(List.of("needsReview", "reviewReason")))
                .body("items[1].actor.clientId", notNullValue());
    }

    @Test
    void historyIsRefusedToWhoeverMayNotReadTheRecord() {
        UUID home = Organizations.active("TH");
        UUID other = Organizations.active("VN");
        String volunteer = Volunteers.register(home);
        String hours = ServiceHoursResourceTest.log(volunteer, "2025-05-01", "3", List.of())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, String> histories = Map.of("volunteers", volunteer, "service-hours", hours);

        histories.forEach((collection, id) -> {
            String path = "/api/v1/" + collection + "/" + id + "/history";
            given().auth()
                    .oauth2(TestTokens.partnerOf(home))
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1));
            given().auth()
                    .oauth2(TestTokens.volunteer(volunteer))
                    .get(path)
                    .then()
                    .statusCode(200);
            given().auth().oauth2(TestTokens.partnerOf(other)).get(path).then().statusCode(404);
            given().auth()
                    .oauth2(TestTokens.volunteer(UUID.randomUUID()))
                    .get(path)
                    .then()
                    .statusCode(404);
            given().auth().oauth2(TestTokens.reporter()).get(path).then().statusCode(403);
        });
        given().get("/api/v1/volunteers/" + UUID.randomUUID() + "/history")
                .then()
                .statusCode(404);
        given().get("/api/v1/volunteers/" + volunteer + "/history?size=0")
                .then()
                .statusCode(400);
    }

    @Test
    void afterErasureNoPersonalValueIsLeftInAnyHistoryNorInTheJournal() throws Exception {
        UUID home = Organizations.active("PH");
        String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
        String phone = "+63 5" + (100000 + new Random().nextInt(900000));
        Map<String, Object> profile = new HashMap<>(Volunteers.profile(home));
        profile.put("name", "Ana " + marker);
        profile.put("email", marker.toLowerCase() + "@example.org");
        profile.put("phone", phone);
        profile.put("bio", "Bio of " + marker);
        String volunteer = Volunteers.register(profile);
        given().contentType(MERGE_PATCH)
                .body(Map.of("name", "Ana Maria " + marker, "residence", "PH"))
                .patch("/api/v1/volunteers/" + volunteer)
                .then()
                .statusCode(200);
        Map<String, Object> entry = ServiceHoursResourceTest.entry(volunteer, "2025-06-02", "1.5", List.of());
        entry.put("activity", "Met " + marker);
        String hours = given().contentType(ContentType.JSON)
                .body(entry)
                .post("/api/v1/service-hours")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/service-hours/" + hours + "/verification")
                .then()
                .statusCode(200);
        assertEquals(4, journalStatesContaining(marker));
        assertEquals(2, journalStatesContaining(phone));

        given().auth()
                .oauth2(TestTokens.volunteer(volunteer))
                .post("/api/v1/volunteers/" + volunteer + "/erasure")
                .then()
                .statusCode(200);

        String volunteerHistory = given().get("/api/v1/volunteers/" + volunteer + "/history")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.kind", equalTo(List.of("ERASED", "WRITTEN", "WRITTEN")))
                .body("items[0].actor.volunteerId", equalTo(volunteer))
                .body("items[0].changes.field", not(hasItem("name")))
                .extract()
                .asString();
        String hoursHistory = given().get("/api/v1/service-hours/" + hours + "/history")
                .then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("WRITTEN", "WRITTEN", "WRITTEN")))
                .body("items[0].actor.volunteerId", equalTo(volunteer))
                .body("items[0].changes", empty())
                .body("items[2].changes.find { it.field == 'activity' }.after", equalTo("[erased]"))
                .body("items.changes.flatten().findAll { it.field == 'activity' }.before", everyItem(nullValue()))
                .extract()
                .asString();
        for (String history : List.of(volunteerHistory, hoursHistory)) {
            assertFalse(history.toLowerCase().contains(marker.toLowerCase()), history);
            assertFalse(history.contains(phone), history);
        }
        assertEquals(0, journalStatesContaining(marker));
        assertEquals(0, journalStatesContaining(phone));
    }

    /** Journal entries whose stored state holds the text anywhere, in any case. */
    private int journalStatesContaining(String text) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM record_journal WHERE strpos(lower(state::text), lower(?)) > 0")) {
            select.setString(1, text);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
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
