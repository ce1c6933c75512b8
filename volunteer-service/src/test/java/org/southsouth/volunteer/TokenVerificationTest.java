package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

/** The service checks the gateway's token itself: no trust in the network in front of it. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class TokenVerificationTest {

    @Test
    void withoutATokenTheApiAnswers401AsAProblem() {
        given().auth()
                .none()
                .when()
                .get("/api/v1/volunteers")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void anExpiredTokenIs401() {
        given().auth()
                .oauth2(TestTokens.expired())
                .when()
                .get("/api/v1/volunteers")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", containsString("invalid-token"));
    }
}
