package org.southsouth.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;

/** No input gets a 5xx or a bare 404: each is refused with a 400 problem naming the field or parameter. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class InputRefusalTest {

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/events");
    }

    @Test
    void aNumberOutOfRangeNamesItsField() {
        Map<String, Object> body = Fixtures.event("FORUM", 30, null);
        body.put("capacity", 2147483648L);
        refused(create(body), "capacity");
    }

    @Test
    void bodiesAreReadStrictly() {
        Map<String, Object> nul = Fixtures.event("FORUM", 30, null);
        nul.put("title", "a\u0000b");
        refused(create(nul), "title");

        Map<String, Object> farFuture = Fixtures.event("FORUM", 30, null);
        farFuture.put("startsAt", "+999999999-01-01T00:00:00Z");
        refused(create(farFuture), "startsAt");

        Map<String, Object> truncated = Fixtures.event("FORUM", 30, null);
        truncated.put("capacity", 1.5);
        refused(create(truncated), "capacity");

        Map<String, Object> readOnly = Fixtures.event("FORUM", 30, null);
        readOnly.put("seatsTaken", 3);
        refused(create(readOnly), "seatsTaken");
    }

    @Test
    void malformedOrOutOfRangeQueryParametersAreNamed() {
        for (String list : List.of("/api/v1/events", "/api/v1/knowledge-products")) {
            refused(given().get(list + "?page=abc"), "page");
            refused(given().get(list + "?page=2147483647&size=200"), "page");
            refused(given().get(list + "?country=XX"), "country");
            refused(given().get(list + "?sdg=x"), "sdg");
        }
        refused(given().get("/api/v1/events/export.csv?country=XX"), "country");
    }
}
