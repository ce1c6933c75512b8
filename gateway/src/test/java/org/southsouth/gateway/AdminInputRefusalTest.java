package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/** The admin API reads bodies and query parameters by the same rule as the services: 400s naming the field, never 5xx. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class AdminInputRefusalTest {

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Response register(Object body) {
        return given().auth()
                .oauth2(TestClients.adminToken())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/admin/v1/clients");
    }

    @Test
    void textNoDatabaseCanKeepIsRefusedNamingTheField() {
        refused(register(Map.of("name", "a\u0000b", "roles", List.of("reporter"))), "name");
        refused(register(Map.of("name", "a\ud800b", "roles", List.of("reporter"))), "name");
    }

    @Test
    void unknownReadOnlyAndCoercedFieldsAreRefused() {
        refused(register(Map.of("name", "Extra", "roles", List.of("reporter"), "nickname", "x")), "nickname");
        refused(register(Map.of("name", "Status", "roles", List.of("reporter"), "status", "REVOKED")), "status");
        refused(register(Map.of("name", 12345, "roles", List.of("reporter"))), "name");
        register("{\"name\":\"One\",\"roles\":[\"reporter\"]} trailing").then().statusCode(400);
    }

    @Test
    void malformedListParametersAreNamed() {
        String admin = TestClients.adminToken();
        refused(given().auth().oauth2(admin).get("/admin/v1/clients?page=abc"), "page");
        refused(given().auth().oauth2(admin).get("/admin/v1/clients?page=2147483647&size=200"), "page");
        refused(given().auth().oauth2(admin).get("/admin/v1/clients?revoked=yes"), "revoked");
        refused(given().auth().oauth2(admin).get("/admin/v1/clients?organizationId=x"), "organizationId");
    }
}
