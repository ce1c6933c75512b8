package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/** A known pool of volunteers, with skills made for this test and a period nobody else is available in. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class MatchingAndListTest {

    private static final String PERIOD = "from=2031-03-01&to=2031-08-31";
    private static final Map<String, String> WINDOW = Map.of("from", "2031-01-01", "to", "2031-12-31");

    private static String x;
    private static String y;
    private static String ana;
    private static String ben;
    private static String cai;
    private static String dia;
    private static String deployment;

    @BeforeEach
    void pool() {
        if (x != null) {
            return;
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        x = "x-" + suffix;
        y = "y-" + suffix;
        for (String code : List.of(x, y)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", code, "label", code))
                    .post("/api/v1/volunteers/skills")
                    .then()
                    .statusCode(201);
        }
        UUID home = Organizations.active("KE");
        ana = volunteer(home, "Ana", List.of(x, y), "C1", List.of(WINDOW), "ACTIVE");
        ben = volunteer(home, "Ben", List.of(x), "A2", List.of(WINDOW), "ACTIVE");
        cai = volunteer(home, "Cai", List.of(x, y), "NATIVE", List.of(), "ACTIVE");
        dia = volunteer(home, "Dia", List.of(x, y), "B2", List.of(WINDOW), "ACTIVE");
        volunteer(home, "Eve", List.of(x), "C2", List.of(), "INACTIVE");
        deployment = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        dia,
                        "sendingOrganizationId",
                        home.toString(),
                        "hostOrganizationId",
                        home.toString(),
                        "country",
                        "MZ",
                        "programme",
                        "UN_VOLUNTEERS",
                        "role",
                        "Teacher",
                        "plannedStart",
                        "2031-02-01",
                        "plannedEnd",
                        "2031-05-01"))
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void matchesAreRankedByScoreThenIdAndExplained() {
        JsonPath matches = given().get(
                        "/api/v1/matches?country=MZ&skills=" + x + "," + y + "&languages=pt:B2&" + PERIOD)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<String> tied = new ArrayList<>(List.of(ben, cai, dia));
        // PostgreSQL orders UUIDs as unsigned bytes, which is the order of their lower-case text.
        tied.sort(Comparator.naturalOrder());
        List<String> expected = new ArrayList<>(List.of(ana));
        expected.addAll(tied);
        assertEquals(4, matches.getInt("total"));
        assertEquals(expected, matches.getList("items.volunteerId"));
        assertEquals(List.of(70, 50, 50, 50), matches.getList("items.score"));
        assertEquals(List.of(1, 2, 3, 4), matches.getList("items.rank"));

        Map<String, Object> anaMatch = match(matches, ana);
        assertEquals(List.of(x, y), anaMatch.get("skillsMatched"));
        assertEquals(List.of("pt:C1"), anaMatch.get("languagesMatched"));
        assertEquals(true, anaMatch.get("available"));
        assertEquals(false, anaMatch.get("countryExperience"));
        Map<String, Object> benMatch = match(matches, ben);
        assertEquals(List.of(y), benMatch.get("skillsMissing"));
        assertEquals(List.of("pt:A2<B2"), benMatch.get("languagesMissing"));
        assertEquals(false, match(matches, cai).get("available"));
        Map<String, Object> diaMatch = match(matches, dia);
        assertEquals(false, diaMatch.get("noOverlappingDeployment"));
        assertEquals(List.of(deployment), diaMatch.get("overlappingDeployments"));

        given().get("/api/v1/matches?skills=" + x + "&" + PERIOD + "&size=2&page=1")
                .then()
                .statusCode(200)
                .body("items.rank", equalTo(List.of(3, 4)))
                .body("total", equalTo(4));
    }

    @Test
    void aNeedWithoutPeriodOrWithBadCodesIsAProblem() {
        given().get("/api/v1/matches?skills=" + x).then().statusCode(400).body("errors.field", hasItems("from"));
        given().get("/api/v1/matches?languages=xx&" + PERIOD)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("languages"));
        given().get("/api/v1/matches?languages=pt:FLUENT&" + PERIOD).then().statusCode(400);
        given().get("/api/v1/matches?from=2031-05-01&to=2031-04-01")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("to"));
    }

    @Test
    void volunteersAreListedByTheirFilters() {
        given().get("/api/v1/volunteers?skill=" + x).then().statusCode(200).body("total", equalTo(5));
        given().get("/api/v1/volunteers?skill=" + x + "&status=ACTIVE&sort=name")
                .then()
                .body("items.name", equalTo(List.of("Ana", "Ben", "Cai", "Dia")));
        given().get("/api/v1/volunteers?skill=" + y + "&sort=-name&size=2")
                .then()
                .body("total", equalTo(3))
                .body("items.name", equalTo(List.of("Dia", "Cai")));
        given().get("/api/v1/volunteers?skill=" + x + "&availableFrom=2031-03-01&availableTo=2031-08-31&sort=name")
                .then()
                .body("items.name", equalTo(List.of("Ana", "Ben", "Dia")));
        given().get("/api/v1/volunteers?skill=" + x + "&deploymentCountry=MZ")
                .then()
                .body("items.id", equalTo(List.of(dia)));
        given().get("/api/v1/volunteers?skill=" + x + "&programme=UN_VOLUNTEERS&language=pt")
                .then()
                .body("items.id", equalTo(List.of(dia)));
        given().get("/api/v1/volunteers?skill=" + x + "&nationality=KE&updatedSince=2000-01-01T00:00:00Z")
                .then()
                .body("total", equalTo(5));
        given().get("/api/v1/volunteers?skill=" + x + "&updatedSince=2100-01-01T00:00:00Z")
                .then()
                .body("total", equalTo(0));

        given().get("/api/v1/volunteers?nationality=Kenya")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("nationality"));
        given().get("/api/v1/volunteers?status=SLEEPING")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("status"));
        given().get("/api/v1/volunteers?availableFrom=2031-03-01").then().statusCode(400);
        given().get("/api/v1/volunteers?sort=email").then().statusCode(400).body("errors.field", hasItems("sort"));
        given().get("/api/v1/volunteers?size=201").then().statusCode(400);
    }

    @Test
    void onlyVolunteersWhoCurrentlyConsentToMatchingAreRanked() {
        String skill = "consent-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", skill, "label", skill))
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(201);
        UUID home = Organizations.active("KE");
        String consenting = withSkill(home, skill);
        consent(consenting, "2026-01");
        String renewed = withSkill(home, skill);
        consent(renewed, "2026-01");
        consent(renewed, "2026-06");
        String withdrawn = withSkill(home, skill);
        consent(withdrawn, "2026-01");
        String consentId = given().get("/api/v1/volunteers/" + withdrawn + "/consents")
                .then()
                .extract()
                .path("[0].id");
        given().post("/api/v1/volunteers/" + withdrawn + "/consents/" + consentId + "/withdrawal")
                .then()
                .statusCode(200);
        String otherPurposeOnly = withSkill(home, skill);
        given().contentType(ContentType.JSON)
                .body(Map.of("purpose", "PUBLICITY", "policyVersion", "2026-01"))
                .post("/api/v1/volunteers/" + otherPurposeOnly + "/consents")
                .then()
                .statusCode(201);
        withSkill(home, skill);

        List<String> expected = new ArrayList<>(List.of(consenting, renewed));
        expected.sort(Comparator.naturalOrder());
        given().get("/api/v1/matches?skills=" + skill + "&from=2034-03-01&to=2034-04-30")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.volunteerId", equalTo(expected));
    }

    /** Speaks no Portuguese and is available in no period: a candidate for its skill only. */
    private static String withSkill(UUID home, String skill) {
        Map<String, Object> body = Volunteers.profile(home);
        body.put("skills", List.of(skill));
        body.put("availability", List.of());
        return Volunteers.register(body);
    }

    private static void consent(String volunteer, String policyVersion) {
        given().contentType(ContentType.JSON)
                .body(Map.of("purpose", "MATCHING", "policyVersion", policyVersion))
                .post("/api/v1/volunteers/" + volunteer + "/consents")
                .then()
                .statusCode(201);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> match(JsonPath matches, String volunteer) {
        return matches.getList("items", Map.class).stream()
                .map(m -> (Map<String, Object>) m)
                .filter(m -> volunteer.equals(m.get("volunteerId")))
                .findFirst()
                .orElseThrow();
    }

    private static String volunteer(
            UUID home,
            String name,
            List<String> skills,
            String portugueseLevel,
            List<Map<String, String>> windows,
            String status) {
        Map<String, Object> body = Volunteers.profile(home);
        body.put("name", name);
        body.put("skills", skills);
        body.put("languages", List.of(Map.of("code", "pt", "level", portugueseLevel)));
        body.put("availability", windows);
        body.put("status", status);
        String id = Volunteers.register(body);
        consent(id, "2026-01");
        return id;
    }
}
