package org.southsouth.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ConditionalReadTest {

    private static final String LIST = "/api/v1/organizations?country=TZ&sort=name";

    @Test
    void aListAnswers304WhileNothingChangedAndANewTagOnceSomethingDid() {
        Organizations.register("Dodoma Volunteer Link", "22", "TZ");
        String tag = given().get(LIST)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-cache")
                .extract()
                .header("ETag");

        given().header("If-None-Match", tag)
                .get(LIST)
                .then()
                .statusCode(304)
                .header("ETag", tag)
                .body(emptyString());
        given().header("If-None-Match", "W/" + tag + ", \"other\"")
                .get(LIST)
                .then()
                .statusCode(304);

        Organizations.register("Arusha Service Corps", "22", "TZ");
        String changed = given().header("If-None-Match", tag)
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.name", org.hamcrest.Matchers.hasItem("Arusha Service Corps"))
                .extract()
                .header("ETag");
        assertNotEquals(tag, changed);
    }

    @Test
    void aRecordIsTaggedWithItsRevisionAndAnswers304ForIt() {
        String id = Organizations.register("Mwanza Exchange Trust", "22", "TZ");
        given().header("If-None-Match", "\"1\"")
                .get("/api/v1/organizations/" + id)
                .then()
                .statusCode(304)
                .header("ETag", "\"1\"");

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body(Map.of("acronym", "MET"))
                .patch("/api/v1/organizations/" + id)
                .then()
                .statusCode(200);
        given().header("If-None-Match", "\"1\"")
                .get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("acronym", equalTo("MET"));
    }

    @Test
    void writesAndRefusalsAreNeverAnswered304() {
        given().header("If-None-Match", "*")
                .contentType(ContentType.JSON)
                .body(Organizations.body("Tanga Volunteers", "22", "TZ"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        given().header("If-None-Match", "*")
                .get("/api/v1/organizations/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404)
                .header("ETag", org.hamcrest.Matchers.nullValue())
                .header("Cache-Control", not("private, no-cache"));
    }
}
