package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OpportunityFiguresTest {

    @Test
    void figuresCountPublishedOpportunitiesPositionsApplicationsAndTheFillRate() {
        UUID home = Organizations.active("KE");
        UUID host = Organizations.active("NP");
        Map<String, Object> twoPositions = Opportunities.fields(host);
        twoPositions.put("sdgs", List.of(3, 4));
        String partlyFilled = Opportunities.open(twoPositions);
        accept(apply(Volunteers.register(home), partlyFilled));
        apply(Volunteers.register(home), partlyFilled);
        Map<String, Object> onePosition = Opportunities.fields(host);
        onePosition.put("positions", 1);
        String filled = Opportunities.open(onePosition);
        accept(apply(Volunteers.register(home), filled));
        Opportunities.draft(Opportunities.fields(host));
        Opportunities.move(Opportunities.open(Opportunities.fields(host)), "CANCELLED").then().statusCode(200);

        given().auth().oauth2(TestTokens.reporter()).get("/api/v1/opportunities/statistics?hostOrganizationId=" + host).then()
                .statusCode(200)
                .body("total.key", nullValue())
                .body("total.opportunities", equalTo(3)).body("total.openOpportunities", equalTo(1))
                .body("total.positions", equalTo(3)).body("total.positionsFilled", equalTo(2)).body("total.openPositions", equalTo(1))
                .body("total.applications", equalTo(3)).body("total.fillRate", equalTo(2f / 3))
                .body("total.medianDaysToFill", greaterThanOrEqualTo(0f))
                .body("byCountry.key", equalTo(List.of("NP"))).body("byRegion.key", equalTo(List.of("ASIA_AND_THE_PACIFIC")))
                .body("bySdg.key", equalTo(List.of("3", "4"))).body("bySdg.opportunities", equalTo(List.of(3, 1)))
                .body("byProgramme.key", equalTo(List.of("NATIONAL_FOREIGN_AID")));
        given().get("/api/v1/opportunities/statistics?hostOrganizationId=" + host + "&sdg=4").then()
                .body("total.opportunities", equalTo(1)).body("total.positionsFilled", equalTo(1)).body("total.medianDaysToFill", nullValue());
        given().get("/api/v1/opportunities/statistics?hostOrganizationId=" + host + "&region=AFRICA").then()
                .body("total.opportunities", equalTo(0)).body("total.fillRate", nullValue()).body("byCountry.size()", equalTo(0));
        given().get("/api/v1/opportunities/statistics?sdg=0").then().statusCode(400);
    }

    private static String apply(String volunteer, String opportunity) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "volunteerId", volunteer, "motivation", "I can help"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    private static void accept(String application) {
        for (String status : List.of("OFFERED", "ACCEPTED")) {
            given().contentType(ContentType.JSON).body(Map.of("status", status)).post("/api/v1/applications/" + application + "/status")
                    .then().statusCode(200);
        }
    }
}
