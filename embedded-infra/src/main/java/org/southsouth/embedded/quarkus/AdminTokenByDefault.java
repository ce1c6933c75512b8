package org.southsouth.embedded.quarkus;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Makes REST Assured send an admin token unless a request says otherwise ({@code .auth().oauth2(token)} for
 * another caller, {@code .auth().none()} for none). A service's tests opt in by naming this class in
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    private static final String ADMIN = TestTokens.admin();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.oauth2(ADMIN);
    }
}
