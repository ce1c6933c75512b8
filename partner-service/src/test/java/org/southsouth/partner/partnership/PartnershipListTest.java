package org.southsouth.partner.partnership;

import static io.restassured.RestAssured.given;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;
import org.southsouth.partner.Partnerships;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class PartnershipListTest {

    @Inject
    AgroalDataSource dataSource;

    private String tag;

    @BeforeEach
    void agreementsWithAndWithoutHubs() {
        tag = "plt-" + UUID.randomUUID();
        Map<String, Object> hubBody = Organizations.body("Beijing Volunteer Federation " + tag, "10", "CN");
        hubBody.put("hub", true);
        String hub = Organizations.register(hubBody);
        String university = Organizations.register("University of Nairobi " + tag, "80", "KE");
        String ngo = Organizations.register("Nepal Youth Volunteers " + tag, "22", "NP");
        String otherNgo = Organizations.register("Lanka Volunteers " + tag, "22", "LK");
        Partnerships.create(
                Partnerships.body(tag + " hub exchange", "EXCHANGE_PROGRAMME", hub, "FUNDING", ngo, "IMPLEMENTING"));
        Partnerships.create(Partnerships.body(
                tag + " research", "JOINT_RESEARCH", university, "IMPLEMENTING", ngo, "IMPLEMENTING"));
        Partnerships.create(Partnerships.body(
                tag + " peer learning", "KNOWLEDGE_SHARING", ngo, "IMPLEMENTING", otherNgo, "IMPLEMENTING"));
    }

    @Test
    void filtersByWhetherAHubIsAPartyAndByThePartiesTypes() {
        assertEquals(List.of("hub exchange"), titles(Map.of("hub", "true")));
        assertEquals(List.of("peer learning", "research"), titles(Map.of("hub", "false")));
        assertEquals(List.of("research"), titles(Map.of("type", "80")));
        assertEquals(List.of("hub exchange"), titles(Map.of("type", "10")));
        assertEquals(List.of("hub exchange", "peer learning", "research"), titles(Map.of("type", "22")));
        assertEquals(List.of("research"), titles(Map.of("type", "80", "hub", "false")));
        assertEquals(List.of(), titles(Map.of("type", "80", "hub", "true")));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        given().queryParam("hub", "maybe")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("hub"));
        given().queryParam("type", "99")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type"));
    }

    @Test
    void partyFiltersUseTheirIndexes() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            String byType = plan(
                    statement,
                    "SELECT id FROM partnership WHERE id IN (SELECT pp.partnership_id "
                            + "FROM partnership_party pp JOIN organization o ON o.id = pp.organization_id WHERE o.type = '80')");
            assertTrue(
                    byType.contains("organization_type") && byType.contains("partnership_party_organization"), byType);
            String withHub = plan(
                    statement,
                    "SELECT id FROM partnership WHERE id IN (SELECT pp.partnership_id "
                            + "FROM partnership_party pp JOIN organization o ON o.id = pp.organization_id WHERE o.hub)");
            assertTrue(
                    withHub.contains("organization_hub") && withHub.contains("partnership_party_organization"),
                    withHub);
        }
    }

    /** Titles without this test's tag, among this test's own partnerships (other tests share the database). */
    private List<String> titles(Map<String, String> filters) {
        return given()
                .queryParams(filters)
                .queryParam("q", tag)
                .queryParam("sort", "title")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.title", String.class)
                .stream()
                .map(title -> title.substring(tag.length() + 1))
                .toList();
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
}
