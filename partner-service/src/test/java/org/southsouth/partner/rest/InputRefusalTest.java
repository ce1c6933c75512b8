package org.southsouth.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;

/** No body gets a 5xx: what PostgreSQL would refuse is refused first, with a 400 naming the field. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class InputRefusalTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/organizations");
    }

    @Test
    void textAndDatesNoDatabaseCanKeepAreRefusedNamingTheField() {
        refused(create(Organizations.body("a\u0000b", "22", "KE")), "name");
        refused(create(Organizations.body("a\ud800b", "22", "KE")), "name");

        Map<String, Object> farFuture = Organizations.body("Far future", "22", "KE");
        farFuture.put("joinedNetworkOn", "+999999999-12-31");
        refused(create(farFuture), "joinedNetworkOn");
    }

    @Test
    void aPatchIsReadByTheSameRule() {
        String id = Organizations.register("Patched", "22", "KE");
        refused(
                given().contentType(MERGE_PATCH)
                        .header("If-Match", "\"1\"")
                        .body("{\"name\":\"a\\u0000b\"}")
                        .patch("/api/v1/organizations/" + id),
                "name");
        refused(
                given().contentType(MERGE_PATCH)
                        .header("If-Match", "\"1\"")
                        .body("{\"joinedNetworkOn\":\"+999999999-12-31\"}")
                        .patch("/api/v1/organizations/" + id),
                "joinedNetworkOn");
        refused(
                given().contentType(MERGE_PATCH)
                        .header("If-Match", "\"1\"")
                        .body("{\"name\":12345}")
                        .patch("/api/v1/organizations/" + id),
                "name");
        given().get("/api/v1/organizations/" + id).then().body("name", equalTo("Patched"));
    }

    @Test
    void aBodyMustBeExactlyOneJsonDocument() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"One\",\"type\":\"NGO\",\"country\":\"KE\"} {\"name\":\"Two\"}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
