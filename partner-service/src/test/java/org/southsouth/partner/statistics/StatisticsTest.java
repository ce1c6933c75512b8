package org.southsouth.partner.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;
import org.southsouth.partner.Partnerships;

/**
 * A known network in the 1990s, a period no other test writes to, so every figure is exact. Smaller networks joined
 * in the 2000s and 2010s, each with an SDG focus no other test gives, are read under that SDG.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTest {

    private static final String PERIOD = "?from=1990-01-01&to=1999-12-31";

    private String recorded;

    /** Once per class; in @BeforeEach because REST Assured knows the test port only then. */
    @BeforeEach
    void recordTheNetwork() {
        if (recorded != null) {
            return;
        }
        String hub = member("1990s Hub", "11", "CN", "1995-01-01", true, List.of(17));
        recorded = hub;
        String a = member("1990s A", "22", "NP", "1996-03-01", false, List.of(4, 17));
        String b = member("1990s B", "22", "JP", "1997-01-01", false, List.of(17));
        String c = member("1990s C", "80", "KE", "1997-05-01", false, List.of(4));
        String d = Organizations.register("D", "22", "TH");
        String e = member("1990s E", "21", "MM", "1998-01-01", false, List.of(5));

        inForce(
                agreement(
                        "A with hub",
                        "EXCHANGE_PROGRAMME",
                        hub,
                        a,
                        "1996-04-01",
                        "1998-12-31",
                        List.of("4.7"),
                        List.of("CN", "NP")),
                "1996-03-15",
                null);
        inForce(
                agreement("B with hub", "MOU", hub, b, "1997-02-01", null, List.of("17.9"), List.of("CN", "JP")),
                "1997-01-15",
                "1998-02-01");
        inForce(
                agreement(
                        "C with A",
                        "KNOWLEDGE_SHARING",
                        a,
                        c,
                        "1997-06-01",
                        null,
                        List.of("4.1", "17.17"),
                        List.of("KE")),
                "1997-05-20",
                null);
        Partnerships.step(
                agreement("D with hub", "FUNDING", hub, d, "1999-01-01", null, List.of(), List.of()),
                "SIGNED",
                "1998-12-01");
        inForce(
                agreement("E with hub", "MOU", hub, e, "2005-01-01", null, List.of("5.1"), List.of("MM")),
                "2004-12-01",
                null);
    }

    @Test
    void organizationFiguresAreExact() {
        JsonPath figures = given().get("/api/v1/organizations/statistics" + PERIOD)
                .then()
                .statusCode(200)
                .body("from", equalTo("1990-01-01"))
                .body("to", equalTo("1999-12-31"))
                .body("connected", equalTo(2))
                .body("activeHubs", equalTo(1))
                .extract()
                .jsonPath();
        assertCounts(figures, "connectedByType", Map.of("22", 2));
        assertCounts(figures, "activeByType", Map.of("11", 1, "21", 1, "22", 2, "80", 1));
        assertCounts(figures, "countriesReached", Map.of("JP", 1, "NP", 1));
        assertCounts(figures, "regionsReached", Map.of("ASIA_AND_THE_PACIFIC", 1));
        assertCounts(figures, "subregionsReached", Map.of("Eastern Asia", 1, "Southern Asia", 1));
        assertCounts(figures, "joinedByYear", Map.of("1995", 1, "1996", 1, "1997", 2, "1998", 1));
    }

    @Test
    void aHubWithThreePartnersInTwoCountriesConnectsThreeOrganizationsInTwoCountries() {
        String hub = member("2000s hub", "11", "CN", "2000-01-01", true, List.of(6));
        for (String[] partner :
                List.of(new String[] {"2000s Nepal A", "NP"}, new String[] {"2000s Nepal B", "NP"}, new String[] {
                    "2000s Kenya", "KE"
                })) {
            String id = member(partner[0], "22", partner[1], "2001-01-01", false, List.of(6));
            inForce(
                    agreement(partner[0] + " with hub", "MOU", hub, id, "2001-02-01", null, List.of(), List.of()),
                    "2001-01-15",
                    null);
        }

        JsonPath figures = given().get("/api/v1/organizations/statistics?from=2000-01-01&to=2009-12-31&sdg=6")
                .then()
                .statusCode(200)
                .body("connected", equalTo(3))
                .body("activeHubs", equalTo(1))
                .extract()
                .jsonPath();
        assertCounts(figures, "countriesReached", Map.of("KE", 1, "NP", 2));
    }

    @Test
    void aHubInForceWithAnotherHubIsConnected() {
        String beijing = member("2010s hub", "11", "CN", "2010-01-01", true, List.of(14));
        String bangkok = member("2010s other hub", "11", "TH", "2010-01-01", true, List.of(14));
        inForce(
                agreement("Hubs together", "MOU", beijing, bangkok, "2011-01-01", null, List.of(), List.of()),
                "2010-12-01",
                null);

        JsonPath figures = given().get("/api/v1/organizations/statistics?from=2010-01-01&to=2019-12-31&sdg=14")
                .then()
                .statusCode(200)
                .body("connected", equalTo(2))
                .body("activeHubs", equalTo(2))
                .extract()
                .jsonPath();
        assertCounts(figures, "countriesReached", Map.of("CN", 1, "TH", 1));
    }

    @Test
    void partnershipFiguresAreExact() {
        JsonPath figures = given().get("/api/v1/partnerships/statistics" + PERIOD)
                .then()
                .statusCode(200)
                .body("partnerships", equalTo(4))
                .extract()
                .jsonPath();
        assertCounts(
                figures, "byKind", Map.of("EXCHANGE_PROGRAMME", 1, "FUNDING", 1, "KNOWLEDGE_SHARING", 1, "MOU", 1));
        assertCounts(figures, "byStatus", Map.of("ACTIVE", 2, "RENEWED", 1, "SIGNED", 1));
        assertCounts(figures, "bySdg", Map.of("4", 2, "17", 2));
        assertCounts(figures, "byCountry", Map.of("CN", 2, "JP", 1, "KE", 1, "NP", 1));
    }

    @Test
    void organizationFiguresNarrowToAnSdgCountryOrRegion() {
        JsonPath education = given().get("/api/v1/organizations/statistics" + PERIOD + "&sdg=4")
                .then()
                .statusCode(200)
                .body("connected", equalTo(1))
                .body("activeHubs", equalTo(0))
                .extract()
                .jsonPath();
        assertCounts(education, "countriesReached", Map.of("NP", 1));
        assertCounts(education, "activeByType", Map.of("22", 1, "80", 1));
        given().get("/api/v1/organizations/statistics" + PERIOD + "&sdg=17")
                .then()
                .body("connected", equalTo(2))
                .body("activeHubs", equalTo(1));
        given().get("/api/v1/organizations/statistics" + PERIOD + "&country=JP")
                .then()
                .body("connected", equalTo(1))
                .body("countriesReached[0].key", equalTo("JP"));
        given().get("/api/v1/organizations/statistics" + PERIOD + "&region=ASIA_AND_THE_PACIFIC&sdg=17")
                .then()
                .body("connected", equalTo(1));
        JsonPath africa = given().get("/api/v1/organizations/statistics" + PERIOD + "&region=AFRICA")
                .then()
                .body("connected", equalTo(0))
                .extract()
                .jsonPath();
        assertCounts(africa, "activeByType", Map.of("80", 1));
        assertCounts(africa, "joinedByYear", Map.of("1997", 1));
    }

    @Test
    void partnershipFiguresNarrowToAnSdgCountryOrRegion() {
        JsonPath education = given().get("/api/v1/partnerships/statistics" + PERIOD + "&sdg=4")
                .then()
                .statusCode(200)
                .body("partnerships", equalTo(2))
                .extract()
                .jsonPath();
        assertCounts(education, "bySdg", Map.of("4", 2, "17", 1));
        given().get("/api/v1/partnerships/statistics" + PERIOD + "&country=CN")
                .then()
                .body("partnerships", equalTo(2));
        given().get("/api/v1/partnerships/statistics" + PERIOD + "&region=AFRICA")
                .then()
                .body("partnerships", equalTo(1))
                .body("byKind[0].key", equalTo("KNOWLEDGE_SHARING"));
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        for (String path : List.of("/api/v1/organizations/statistics", "/api/v1/partnerships/statistics")) {
            given().get(path + "?sdg=18")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("sdg"));
            given().get(path + "?country=XX").then().statusCode(400).body("errors.field", hasItem("country"));
            given().get(path + "?region=MARS").then().statusCode(400).body("errors.field", hasItem("region"));
        }
    }

    @Test
    void aNarrowerPeriodCountsLess() {
        given().get("/api/v1/organizations/statistics?from=1990-01-01&to=1996-12-31")
                .then()
                .statusCode(200)
                .body("connected", equalTo(1));
        given().get("/api/v1/organizations/statistics?from=1999-01-01&to=1999-12-31")
                .then()
                .statusCode(200)
                .body("connected", equalTo(1));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsAProblem() {
        given().get("/api/v1/organizations/statistics?from=2000-01-01&to=1999-12-31")
                .then()
                .statusCode(400);
        given().get("/api/v1/partnerships/statistics?from=last-year").then().statusCode(400);
    }

    private static void assertCounts(JsonPath figures, String list, Map<String, Integer> expected) {
        Map<String, Integer> actual = new java.util.TreeMap<>();
        List<Map<String, Object>> rows = figures.getList(list);
        rows.forEach(row -> actual.put(String.valueOf(row.get("key")), ((Number) row.get("count")).intValue()));
        org.junit.jupiter.api.Assertions.assertEquals(new java.util.TreeMap<>(expected), actual, list);
    }

    private static String member(
            String name, String type, String country, String joined, boolean hub, List<Integer> sdgs) {
        Map<String, Object> body = Organizations.body("Stats " + name, type, country);
        body.put("sdgs", sdgs);
        body.put("status", "ACTIVE");
        body.put("joinedNetworkOn", joined);
        body.put("hub", hub);
        return Organizations.register(body);
    }

    private static String agreement(
            String title,
            String kind,
            String first,
            String second,
            String startsOn,
            String endsOn,
            List<String> targets,
            List<String> countries) {
        Map<String, Object> body = Partnerships.body(title, kind, first, "FUNDING", second, "IMPLEMENTING");
        body.put("startsOn", startsOn);
        if (endsOn != null) {
            body.put("endsOn", endsOn);
        }
        body.put("sdgTargets", targets);
        body.put("countries", countries);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void inForce(String id, String signedOn, String renewedOn) {
        Partnerships.step(id, "SIGNED", signedOn);
        Partnerships.step(id, "ACTIVE", signedOn);
        if (renewedOn != null) {
            Partnerships.step(id, "RENEWED", renewedOn);
        }
    }
}
