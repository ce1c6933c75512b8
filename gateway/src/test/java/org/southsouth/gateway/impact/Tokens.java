package org.southsouth.gateway.impact;

import static io.restassured.RestAssured.given;

/** Access tokens from the gateway's own token endpoint, for the test profile's bootstrap admin. */
final class Tokens {

    private Tokens() {}

    static String admin() {
        return given().auth()
                .preemptive()
                .basic("test-admin", "test-admin-secret")
                .formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    static String bearer() {
        return "Bearer " + admin();
    }
}
