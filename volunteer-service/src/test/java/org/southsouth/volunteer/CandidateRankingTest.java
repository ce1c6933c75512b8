package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

/** Applicants and suggested volunteers ranked for an opportunity, and open opportunities ranked for a volunteer. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class CandidateRankingTest {

    @Test
    void applicantsAreRankedWithReasonsAndTheHostSeesSuggestionsAmongItsNominees() {
        UUID home = Organizations.active("KE");
        UUID host = Organizations.active("NP");
        String first = skill();
        String second = skill();
        List<String> both = Stream.of(first, second).sorted().toList();
        Map<String, Object> fields = Opportunities.fields(host);
        fields.put(
                "skills",
                List.of(
                        Map.of("code", first, "level", "ADVANCED", "required", true),
                        Map.of("code", second, "level", "BASIC")));
        fields.put("languages", List.of(Map.of("code", "en", "level", "B2")));
        String opportunity = Opportunities.open(fields);
        String strong = volunteer(home, List.of(first, second));
        String weak = volunteer(home, List.of());
        String suggested = volunteer(host, List.of(first));
        String appliedNominee = volunteer(host, List.of(first, second));
        for (String consenting : List.of(suggested, appliedNominee)) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("purpose", "MATCHING", "policyVersion", "2026-01"))
                    .post("/api/v1/volunteers/" + consenting + "/consents")
                    .then()
                    .statusCode(201);
        }
        String weakApplication = apply(weak, opportunity);
        String strongApplication = apply(strong, opportunity);
        apply(appliedNominee, opportunity);
        RequestSpecification hostPartner = as(TestTokens.partnerOf(host));

        // Equal scores rank by volunteer id, as matching does.
        List<String> expected = Stream.concat(Stream.of(strong, appliedNominee).sorted(), Stream.of(weak))
                .toList();
        given().spec(hostPartner)
                .get("/api/v1/opportunities/" + opportunity + "/candidates")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.match.volunteerId", equalTo(expected))
                .body("items.match.rank", equalTo(List.of(1, 2, 3)))
                .body("items.match.score", equalTo(List.of(70, 70, 50)))
                .body("items[0].match.skillsMatched", equalTo(both))
                .body("items[2].match.skillsMissing", equalTo(both))
                .body("items[0].match.languagesMatched", equalTo(List.of("en:C1")))
                .body("items[2].applicationId", equalTo(weakApplication))
                .body("items.applicationStatus", equalTo(List.of("SUBMITTED", "SUBMITTED", "SUBMITTED")));
        given().spec(hostPartner)
                .get("/api/v1/opportunities/" + opportunity + "/candidates")
                .then()
                .body(
                        "items.find { it.match.volunteerId == '" + strong + "' }.applicationId",
                        equalTo(strongApplication));
        given().spec(hostPartner)
                .get("/api/v1/opportunities/" + opportunity + "/candidates?size=1&page=1")
                .then()
                .body("total", equalTo(3))
                .body("items.match.volunteerId", equalTo(List.of(expected.get(1))));
        // The host's nominee who applied is among the applicants, not the suggestions.
        given().spec(hostPartner)
                .get("/api/v1/opportunities/" + opportunity + "/candidates?suggested=true")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].match.volunteerId", equalTo(suggested))
                .body("items[0].applicationId", nullValue());

        given().spec(as(TestTokens.partnerOf(home)))
                .get("/api/v1/opportunities/" + opportunity + "/candidates")
                .then()
                .statusCode(403);
        given().spec(as(TestTokens.volunteer(strong)))
                .get("/api/v1/opportunities/" + opportunity + "/candidates")
                .then()
                .statusCode(403);
        given().spec(as(TestTokens.reporter()))
                .get("/api/v1/opportunities/" + opportunity + "/candidates")
                .then()
                .statusCode(403);
        given().get("/api/v1/opportunities/" + UUID.randomUUID() + "/candidates")
                .then()
                .statusCode(404);
        given().get("/api/v1/opportunities/" + opportunity + "/candidates?suggested=maybe")
                .then()
                .statusCode(400);

        RequestSpecification self = as(TestTokens.volunteer(strong));
        given().spec(self)
                .get("/api/v1/volunteers/" + strong + "/opportunities")
                .then()
                .statusCode(200)
                .body("items[0].opportunity.id", equalTo(opportunity))
                .body("items[0].match.score", equalTo(70))
                .body("items[0].match.rank", equalTo(1))
                .body("items[0].match.skillsMatched", equalTo(both));
        given().spec(self)
                .get("/api/v1/volunteers/" + weak + "/opportunities")
                .then()
                .statusCode(404);
        given().spec(as(TestTokens.reporter()))
                .get("/api/v1/volunteers/" + strong + "/opportunities")
                .then()
                .statusCode(403);
    }

    private static String skill() {
        String code = "rank-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "label", "Ranking test skill"))
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(201);
        return code;
    }

    private static String volunteer(UUID home, List<String> skills) {
        Map<String, Object> profile = Volunteers.profile(home);
        profile.put("skills", skills);
        return Volunteers.register(profile);
    }

    private static String apply(String volunteer, String opportunity) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "volunteerId", volunteer, "motivation", "I can help"))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
