package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

/**
 * Opportunity figures on a known data set published in 2019 (the test dates publishing and filling there, so the
 * period isolates it from every other test's opportunities): both statistics endpoints, a breakdown of every kind,
 * filters.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OpportunityFiguresTest {

    private static final String IN_2019 = "from=2019-01-01&to=2019-12-31";
    private static final Instant MARCH_1 = Instant.parse("2019-03-01T00:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void figuresCountPublishedOpportunitiesTheirPositionsApplicationsFillRateAndMedianDaysToFill() throws Exception {
        UUID home = Organizations.active("KE");
        UUID host = Organizations.active("LA");
        // Laos: one of two positions filled, a second applicant waiting, still OPEN.
        String partlyFilled = Opportunities.open(opportunity(host, "LA", "NATIONAL_FOREIGN_AID", 2, 3, 4));
        accept(apply(Volunteers.register(home), partlyFilled));
        apply(Volunteers.register(home), partlyFilled);
        date(partlyFilled, MARCH_1, null);
        // Laos: filled 10 days after publishing.
        String filledIn10Days = Opportunities.open(opportunity(host, "LA", "UN_VOLUNTEERS", 1, 3));
        accept(apply(Volunteers.register(home), filledIn10Days));
        date(filledIn10Days, MARCH_1, MARCH_1.plus(10, ChronoUnit.DAYS));
        // Ghana: filled 30 days after publishing.
        String filledIn30Days = Opportunities.open(opportunity(host, "GH", "NATIONAL_FOREIGN_AID", 1, 4));
        accept(apply(Volunteers.register(home), filledIn30Days));
        Instant may1 = Instant.parse("2019-05-01T00:00:00Z");
        date(filledIn30Days, may1, may1.plus(30, ChronoUnit.DAYS));
        // Ghana: three positions published, then cancelled: they count as published and unfilled.
        String cancelled = Opportunities.open(opportunity(host, "GH", "UN_VOLUNTEERS", 3, 3));
        Opportunities.move(cancelled, "CANCELLED").then().statusCode(200);
        date(cancelled, Instant.parse("2019-06-01T00:00:00Z"), null);
        // Never published: not counted.
        Opportunities.draft(opportunity(host, "LA", "UN_VOLUNTEERS", 5, 3));
        Opportunities.move(Opportunities.draft(opportunity(host, "LA", "UN_VOLUNTEERS", 5, 3)), "CANCELLED")
                .then()
                .statusCode(200);

        ValidatableResponse inVolunteerStatistics = given().auth()
                .oauth2(TestTokens.reporter())
                .get("/api/v1/volunteers/statistics?" + IN_2019)
                .then()
                .statusCode(200);
        tally(inVolunteerStatistics, "opportunities.total", null, 4, 1, 7, 3, 1, 4, 3f / 7, 20f);
        tally(inVolunteerStatistics, "opportunities.byCountry[0]", "GH", 2, 0, 4, 1, 0, 1, 0.25f, 30f);
        tally(inVolunteerStatistics, "opportunities.byCountry[1]", "LA", 2, 1, 3, 2, 1, 3, 2f / 3, 10f);
        tally(inVolunteerStatistics, "opportunities.byRegion[0]", "AFRICA", 2, 0, 4, 1, 0, 1, 0.25f, 30f);
        tally(
                inVolunteerStatistics,
                "opportunities.byRegion[1]",
                "ASIA_AND_THE_PACIFIC",
                2,
                1,
                3,
                2,
                1,
                3,
                2f / 3,
                10f);
        tally(inVolunteerStatistics, "opportunities.bySdg[0]", "3", 3, 1, 6, 2, 1, 3, 1f / 3, 10f);
        tally(inVolunteerStatistics, "opportunities.bySdg[1]", "4", 2, 1, 3, 2, 1, 3, 2f / 3, 30f);
        tally(
                inVolunteerStatistics,
                "opportunities.byProgramme[0]",
                "NATIONAL_FOREIGN_AID",
                2,
                1,
                3,
                2,
                1,
                3,
                2f / 3,
                30f);
        tally(inVolunteerStatistics, "opportunities.byProgramme[1]", "UN_VOLUNTEERS", 2, 0, 4, 1, 0, 1, 0.25f, 10f);

        tally(
                given().get("/api/v1/opportunities/statistics?hostOrganizationId=" + host)
                        .then()
                        .statusCode(200),
                "total",
                null,
                4,
                1,
                7,
                3,
                1,
                4,
                3f / 7,
                20f);
        tally(
                given().get("/api/v1/volunteers/statistics?" + IN_2019 + "&country=GH")
                        .then()
                        .statusCode(200),
                "opportunities.total",
                null,
                2,
                0,
                4,
                1,
                0,
                1,
                0.25f,
                30f);
        tally(
                given().get("/api/v1/opportunities/statistics?to=2019-03-31&hostOrganizationId=" + host)
                        .then()
                        .statusCode(200),
                "total",
                null,
                2,
                1,
                3,
                2,
                1,
                3,
                2f / 3,
                10f);
        given().get("/api/v1/volunteers/statistics?" + IN_2019 + "&sdg=4&region=AFRICA")
                .then()
                .statusCode(200)
                .body("opportunities.total.opportunities", equalTo(1))
                .body("opportunities.total.medianDaysToFill", equalTo(30f))
                .body("opportunities.bySdg.key", equalTo(List.of("4")));
        given().get("/api/v1/opportunities/statistics?hostOrganizationId=" + host + "&from=2019-07-01")
                .then()
                .statusCode(200)
                .body("total.opportunities", equalTo(0))
                .body("total.fillRate", nullValue())
                .body("total.medianDaysToFill", nullValue())
                .body("byCountry.size()", equalTo(0))
                .body("bySdg.size()", equalTo(0));
        given().get("/api/v1/volunteers/statistics?homeOrganizationId=" + home)
                .then()
                .statusCode(200)
                .body("deployed", equalTo(0))
                .body("opportunities", nullValue());
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        Map<String, String> bad = Map.of(
                "sdg=0",
                "sdg",
                "from=2019-13-01",
                "from",
                "from=2019-02-01&to=2019-01-31",
                "to",
                "region=MARS",
                "region",
                "programme=PEACE",
                "programme");
        bad.forEach((query, parameter) -> given().get("/api/v1/opportunities/statistics?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(parameter)));
    }

    private static Map<String, Object> opportunity(
            UUID host, String country, String programme, int positions, Integer... sdgs) {
        Map<String, Object> fields = Opportunities.fields(host);
        fields.put("country", country);
        fields.put("city", "LA".equals(country) ? "Vientiane" : "Accra");
        fields.put("programme", programme);
        fields.put("positions", positions);
        fields.put("sdgs", Arrays.asList(sdgs));
        return fields;
    }

    /** Moves an opportunity's publishing and filling into the past, as if it had run then. */
    private void date(String opportunity, Instant published, Instant filled) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE opportunity SET published_at = ?, filled_at = ? WHERE id = ?::uuid")) {
            update.setTimestamp(1, Timestamp.from(published));
            update.setTimestamp(2, filled == null ? null : Timestamp.from(filled));
            update.setString(3, opportunity);
            update.executeUpdate();
        }
    }

    private static void tally(
            ValidatableResponse response,
            String path,
            String key,
            int opportunities,
            int open,
            int positions,
            int filled,
            int openPositions,
            int applications,
            float fillRate,
            float medianDaysToFill) {
        response.body(path + ".key", equalTo(key))
                .body(path + ".opportunities", equalTo(opportunities))
                .body(path + ".openOpportunities", equalTo(open))
                .body(path + ".positions", equalTo(positions))
                .body(path + ".positionsFilled", equalTo(filled))
                .body(path + ".openPositions", equalTo(openPositions))
                .body(path + ".applications", equalTo(applications))
                .body(path + ".fillRate", equalTo(fillRate))
                .body(path + ".medianDaysToFill", equalTo(medianDaysToFill));
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

    private static void accept(String application) {
        for (String status : List.of("OFFERED", "ACCEPTED")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("status", status))
                    .post("/api/v1/applications/" + application + "/status")
                    .then()
                    .statusCode(200);
        }
    }
}
