package org.southsouth.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

/** The service checks the gateway's token itself: no trust in the network in front of it. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class TokenVerificationTest {

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() {
        for (String path : new String[] {"/api/v1/events", "/api/v1/events/statistics", "/api/v1/knowledge-products"}) {
            given().auth()
                    .none()
                    .when()
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void expiredForeignAudienceAndForgedTokensAre401() {
        for (String token :
                new String[] {TestTokens.expired(), TestTokens.forAudience("someone-else"), TestTokens.admin() + "x"}) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/events")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", containsString("invalid-token"));
        }
    }

    @Test
    void aValidTokenIsLetThroughAndHealthNeedsNone() {
        given().auth()
                .oauth2(TestTokens.reporter())
                .when()
                .get("/api/v1/events/statistics")
                .then()
                .statusCode(200);
        given().auth().none().when().get("/q/health/live").then().statusCode(200);
    }
}
