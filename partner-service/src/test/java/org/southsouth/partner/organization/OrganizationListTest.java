package org.southsouth.partner.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationListTest {

    /** A word only this class's organizations carry, so other tests' data do not disturb the totals. */
    private static final String TAG = "Qx7list";

    @Inject
    AgroalDataSource dataSource;

    private Instant before;
    private String hubId;

    /** Once per class; in @BeforeEach because REST Assured knows the test port only then. */
    @BeforeEach
    void registerAKnownSet() {
        if (hubId != null) {
            return;
        }
        before = Instant.now();
        hubId = register(
                TAG + " Beijing Volunteer Federation", "北京志愿服务联合会", "11", "CN", List.of(4, 17), true, "ACTIVE");
        register(TAG + " Nepal Youth Volunteers", "加德满都山地志愿者", "22", "NP", List.of(4), false, "ACTIVE");
        register(TAG + " Kenya Volunteers", "肯尼亚志愿者", "22", "KE", List.of(3), false, null);
        register(TAG + " Japan Volunteer Centre", "日本国际志愿者中心", "21", "JP", List.of(17), false, null);
        register(TAG + " Egypt Youth Forum", "埃及青年论坛", "22", "EG", List.of(4, 5), false, "ACTIVE");
    }

    @Test
    void chineseWordsFindOrganizationsByTheirTranslations() {
        assertEquals(List.of(TAG + " Nepal Youth Volunteers"), search("山地志愿"));
        assertEquals(List.of(TAG + " Beijing Volunteer Federation"), search("北京志愿服务联合"));
        assertEquals(List.of(TAG + " Nepal Youth Volunteers"), search("加德"));
    }

    @Test
    void wordsMatchIgnoringCaseAcrossNameAndAcronym() {
        assertEquals(List.of(TAG + " Kenya Volunteers"), search(TAG.toUpperCase() + " KENYA"));
        assertEquals(List.of(), search(TAG + "%"));
    }

    @Test
    void everyFilterNarrowsTheList() {
        assertEquals(List.of(TAG + " Nepal Youth Volunteers"), names("country", "NP"));
        assertEquals(2, total("region", "ASIA_AND_THE_PACIFIC"));
        assertEquals(List.of(TAG + " Egypt Youth Forum"), names("region", "ARAB_STATES"));
        assertEquals(
                List.of(TAG + " Japan Volunteer Centre", TAG + " Beijing Volunteer Federation").stream()
                        .sorted()
                        .toList(),
                names("subregion", "Eastern Asia").stream().sorted().toList());
        assertEquals(3, total("type", "22"));
        assertEquals(3, total("sdg", "4"));
        assertEquals(3, total("status", "ACTIVE"));
        assertEquals(List.of(TAG + " Beijing Volunteer Federation"), names("hub", "true"));
        assertEquals(5, total("updatedSince", before.toString()));
        assertEquals(0, total("updatedSince", Instant.now().plusSeconds(3600).toString()));
    }

    @Test
    void sortPagesAndTotalsAreStable() {
        List<String> all = names("sort", "-name");
        assertEquals(5, all.size());
        assertEquals(all.stream().sorted(java.util.Comparator.reverseOrder()).toList(), all);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            given().queryParam("q", TAG)
                    .queryParam("sort", "-name")
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(5))
                    .body("size", equalTo(2))
                    .extract()
                    .jsonPath()
                    .getList("items.name", String.class)
                    .forEach(paged::add);
        }
        assertEquals(all, paged);
    }

    @Test
    void listsNeverCarryContacts() {
        given().contentType("application/json")
                .body(Map.of("name", "Wang Fang", "email", "wang.fang@example.org"))
                .post("/api/v1/organizations/" + hubId + "/contacts")
                .then()
                .statusCode(201);
        given().queryParam("q", TAG)
                .get("/api/v1/organizations")
                .then()
                .body(org.hamcrest.Matchers.not(containsString("wang.fang@example.org")));
    }

    @Test
    void badListParametersAreProblems() {
        given().queryParam("sort", "password")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        given().queryParam("size", 201)
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
        given().queryParam("page", -1).get("/api/v1/organizations").then().statusCode(400);
        given().queryParam("region", "MARS")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("region"));
        given().queryParam("sdg", 18).get("/api/v1/organizations").then().statusCode(400);
        given().queryParam("country", "XX").get("/api/v1/organizations").then().statusCode(400);
        given().queryParam("updatedSince", "yesterday")
                .get("/api/v1/organizations")
                .then()
                .statusCode(400);
        given().queryParam("hub", "maybe").get("/api/v1/organizations").then().statusCode(400);
    }

    @Test
    void wordSearchAndArrayFiltersUseTheirIndexes() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            assertTrue(plan(statement, "SELECT id FROM organization WHERE search_text LIKE '%nepal youth%'")
                    .contains("organization_words"));
            assertTrue(plan(statement, "SELECT id FROM organization WHERE search_text LIKE '%尼泊尔青年%'")
                    .contains("organization_words"));
            assertTrue(plan(statement, "SELECT id FROM organization WHERE sdgs @> ARRAY[4]")
                    .contains("organization_sdgs"));
            assertTrue(plan(statement, "SELECT id FROM partnership WHERE countries @> ARRAY['NP']")
                    .contains("partnership_countries"));
        }
    }

    private static String plan(Statement statement, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("EXPLAIN " + sql)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static String register(
            String name, String chinese, String type, String country, List<Integer> sdgs, boolean hub, String status) {
        Map<String, Object> body = Organizations.body(name, type, country);
        body.put("nameTranslations", Map.of("zh", chinese));
        body.put("sdgs", sdgs);
        body.put("hub", hub);
        if (status != null) {
            body.put("status", status);
        }
        return Organizations.register(body);
    }

    /** Names found by the words, among this class's own organizations (other test classes share the database). */
    private static List<String> search(String words) {
        return given()
                .queryParam("q", words)
                .queryParam("size", 200)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name", String.class)
                .stream()
                .filter(name -> name.startsWith(TAG))
                .toList();
    }

    private static List<String> names(String param, String value) {
        return given().queryParam("q", TAG)
                .queryParam(param, value)
                .queryParam("size", 200)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.name", String.class);
    }

    private static long total(String param, String value) {
        return given().queryParam("q", TAG)
                .queryParam(param, value)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
