package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/**
 * Every field of every match, the order of ties and the total on a small known pool: a rewrite of the ranking or
 * of the explanations must give exactly this.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class MatchExplanationTest {

    private static final Map<String, String> COVERING = Map.of("from", "2035-01-01", "to", "2035-12-31");

    @Test
    void everyMatchIsPinnedWithTiesByIdAndTheTotal() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String p = "p-" + suffix;
        String q = "q-" + suffix;
        for (String code : List.of(p, q)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", code, "label", code))
                    .post("/api/v1/volunteers/skills")
                    .then()
                    .statusCode(201);
        }
        UUID home = Organizations.active("TZ");
        String all = volunteer(home, "All", List.of(p, q), Map.of("fr", "C1"), List.of(COVERING));
        String weakFrench = volunteer(home, "Weak French", List.of(p), Map.of("fr", "A2"), List.of(COVERING));
        String sameScore = volunteer(home, "Same Score", List.of(p, q), Map.of("fr", "B1", "de", "C2"), List.of());
        String onlyAvailable = volunteer(home, "Only Available", List.of(), Map.of("de", "B1"), List.of(COVERING));
        volunteer(home, "No Match", List.of(), Map.of("de", "C1"), List.of());
        String served = volunteer(
                home, "Served", List.of(p), Map.of(), List.of(Map.of("from", "2035-02-01", "to", "2035-12-31")));
        String deployment = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        served,
                        "sendingOrganizationId",
                        home.toString(),
                        "hostOrganizationId",
                        home.toString(),
                        "country",
                        "TZ",
                        "programme",
                        "UN_VOLUNTEERS",
                        "role",
                        "Teacher",
                        "plannedStart",
                        "2035-01-01",
                        "plannedEnd",
                        "2035-03-31"))
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

        JsonPath matches = given().get("/api/v1/matches?country=TZ&skills=" + p + "," + q + "&languages=fr:B1,fr"
                        + "&from=2035-03-01&to=2035-05-31")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        List<Map<String, Object>> tied = new ArrayList<>(List.of(
                match(
                        weakFrench,
                        "Weak French",
                        60,
                        List.of(p),
                        List.of(q),
                        List.of("fr:A2"),
                        List.of("fr:A2<B1"),
                        true,
                        List.of(),
                        false),
                match(
                        sameScore,
                        "Same Score",
                        60,
                        List.of(p, q),
                        List.of(),
                        List.of("fr:B1", "fr:B1"),
                        List.of(),
                        false,
                        List.of(),
                        false)));
        // PostgreSQL orders UUIDs as unsigned bytes, which is the order of their lower-case text.
        tied.sort(Comparator.comparing(m -> (String) m.get("volunteerId")));
        List<Map<String, Object>> expected = new ArrayList<>();
        expected.add(match(
                all,
                "All",
                80,
                List.of(p, q),
                List.of(),
                List.of("fr:C1", "fr:C1"),
                List.of(),
                true,
                List.of(),
                false));
        expected.addAll(tied);
        expected.add(match(
                onlyAvailable,
                "Only Available",
                40,
                List.of(),
                List.of(p, q),
                List.of(),
                List.of("fr", "fr"),
                true,
                List.of(),
                false));
        expected.add(match(
                served,
                "Served",
                35,
                List.of(p),
                List.of(q),
                List.of(),
                List.of("fr", "fr"),
                true,
                List.of(deployment),
                true));
        for (int i = 0; i < expected.size(); i++) {
            expected.get(i).put("rank", i + 1);
        }
        assertEquals(5, matches.getInt("total"));
        assertEquals(expected, matches.getList("items"));

        given().get("/api/v1/matches?skills=" + p + "&from=2035-03-01&to=2035-05-31&page=3&size=2")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("total", equalTo(5));
    }

    private static Map<String, Object> match(
            String volunteer,
            String name,
            int score,
            List<String> skillsMatched,
            List<String> skillsMissing,
            List<String> languagesMatched,
            List<String> languagesMissing,
            boolean available,
            List<String> overlapping,
            boolean countryExperience) {
        return new HashMap<>(Map.ofEntries(
                Map.entry("volunteerId", volunteer),
                Map.entry("name", name),
                Map.entry("nationality", "KE"),
                Map.entry("score", score),
                Map.entry("skillsMatched", skillsMatched),
                Map.entry("skillsMissing", skillsMissing),
                Map.entry("languagesMatched", languagesMatched),
                Map.entry("languagesMissing", languagesMissing),
                Map.entry("available", available),
                Map.entry("noOverlappingDeployment", overlapping.isEmpty()),
                Map.entry("overlappingDeployments", overlapping),
                Map.entry("countryExperience", countryExperience)));
    }

    private static String volunteer(
            UUID home,
            String name,
            List<String> skills,
            Map<String, String> languages,
            List<Map<String, String>> windows) {
        Map<String, Object> body = Volunteers.profile(home);
        body.put("skills", skills);
        body.put(
                "languages",
                languages.entrySet().stream()
                        .map(l -> Map.of("code", l.getKey(), "level", l.getValue()))
                        .toList());
        body.put("availability", windows);
        body.put("name", name);
        String id = Volunteers.register(body);
        given().contentType(ContentType.JSON)
                .body(Map.of("purpose", "MATCHING", "policyVersion", "2026-01"))
                .post("/api/v1/volunteers/" + id + "/consents")
                .then()
                .statusCode(201);
        return id;
    }
}
