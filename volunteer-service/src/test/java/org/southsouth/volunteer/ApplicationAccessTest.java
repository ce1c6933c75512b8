package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

/**
 * The volunteer reaches its own applications, its home organization its nominees', the host those to its
 * opportunities; everyone else gets 404 (or 403 where it reaches but may not act), and nothing changes.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ApplicationAccessTest {

    private static final String PROBLEM = "application/problem+json";

    private UUID orgA;
    private UUID orgB;
    private UUID host;
    private String opportunity;
    private String draft;
    /** A's nominee. */
    private String x;
    /** B's nominee, who applied to the host's opportunity. */
    private String y;

    private String applicationOfY;

    @BeforeEach
    void twoNomineesAndOneApplication() {
        orgA = Organizations.active("KE");
        orgB = Organizations.active("TH");
        host = Organizations.active("NP");
        opportunity = Opportunities.open(Opportunities.fields(host));
        draft = Opportunities.draft(Opportunities.fields(host));
        x = Volunteers.register(orgA);
        y = Volunteers.register(orgB);
        applicationOfY = given().spec(as(TestTokens.volunteer(y)))
                .contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "motivation", "I want to serve in Nepal"))
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void anotherPartnerCannotReachOrNominateAndNothingChanges() {
        String before = snapshot();
        RequestSpecification partnerA = as(TestTokens.partnerOf(orgA));

        attemptsOnTheApplicationOfY(partnerA);
        refused(apply(partnerA, y, opportunity), 403);
        refused(apply(partnerA, UUID.randomUUID().toString(), opportunity), 403);
        refused(apply(partnerA, x, draft), 404);
        given().spec(partnerA)
                .get("/api/v1/applications?opportunityId=" + opportunity)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        assertEquals(before, snapshot());
    }

    @Test
    void anotherVolunteerCannotReachOrApplyForYAndNothingChanges() {
        String before = snapshot();
        RequestSpecification volunteerX = as(TestTokens.volunteer(x));

        attemptsOnTheApplicationOfY(volunteerX);
        refused(apply(volunteerX, y, opportunity), 403);
        refused(apply(volunteerX, x, draft), 404);
        given().spec(volunteerX)
                .get("/api/v1/applications")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        assertEquals(before, snapshot());
    }

    @Test
    void eachSideMakesOnlyItsOwnMovesAndReportersSeeNoApplications() {
        String before = snapshot();
        RequestSpecification volunteerY = as(TestTokens.volunteer(y));
        RequestSpecification homeOfY = as(TestTokens.partnerOf(orgB));
        RequestSpecification hostPartner = as(TestTokens.partnerOf(host));
        RequestSpecification reporter = as(TestTokens.reporter());

        refused(move(volunteerY, "SHORTLISTED"), 403);
        refused(move(homeOfY, "OFFERED"), 403);
        refused(move(hostPartner, "WITHDRAWN"), 403);
        refused(move(reporter, "WITHDRAWN"), 403);
        refused(given().spec(reporter).get("/api/v1/applications/" + applicationOfY), 403);
        refused(given().spec(reporter).get("/api/v1/applications"), 403);
        refused(apply(reporter, y, opportunity), 403);
        assertEquals(before, snapshot());

        given().spec(hostPartner)
                .get("/api/v1/applications/" + applicationOfY)
                .then()
                .statusCode(200);
        given().spec(homeOfY)
                .get("/api/v1/applications?opportunityId=" + opportunity)
                .then()
                .body("items.id", equalTo(List.of(applicationOfY)));
        given().spec(hostPartner)
                .get("/api/v1/applications?opportunityId=" + opportunity)
                .then()
                .body("items.id", equalTo(List.of(applicationOfY)));
        move(hostPartner, "OFFERED").then().statusCode(200);
        refused(move(hostPartner, "ACCEPTED"), 403);
        move(homeOfY, "DECLINED").then().statusCode(200).body("status", equalTo("DECLINED"));
    }

    /** Every call on Y's application by a caller who does not reach it: as if it did not exist. */
    private void attemptsOnTheApplicationOfY(RequestSpecification caller) {
        refused(given().spec(caller).get("/api/v1/applications/" + applicationOfY), 404);
        refused(move(caller, "WITHDRAWN"), 404);
        refused(move(caller, "SHORTLISTED"), 404);
        refused(given().spec(caller).get("/api/v1/opportunities/" + draft), 404);
    }

    /** Y's application and the opportunity as network staff see them, ETags included. */
    private String snapshot() {
        return String.join(
                "\n",
                withETag(given().get("/api/v1/applications/" + applicationOfY)),
                withETag(given().get("/api/v1/opportunities/" + opportunity)),
                given().get("/api/v1/applications?opportunityId=" + opportunity)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    private Response move(RequestSpecification caller, String status) {
        return given().spec(caller)
                .contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .post("/api/v1/applications/" + applicationOfY + "/status");
    }

    private static Response apply(RequestSpecification caller, String volunteer, String opportunity) {
        return given().spec(caller)
                .contentType(ContentType.JSON)
                .body(Map.of("opportunityId", opportunity, "volunteerId", volunteer, "motivation", "Nominated"))
                .post("/api/v1/applications");
    }

    private static String withETag(Response response) {
        response.then().statusCode(200);
        return response.header("ETag") + " " + response.asString();
    }

    private static void refused(Response response, int status) {
        response.then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("detail", not(equalTo(null)));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
