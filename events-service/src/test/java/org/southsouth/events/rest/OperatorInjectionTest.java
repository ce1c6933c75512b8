package org.southsouth.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.MongoTestResource;
import org.southsouth.events.Fixtures;

/** MongoDB operators and paths smuggled into bodies and parameters are refused with 400 and change nothing. */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(MongoTestResource.class)
class OperatorInjectionTest {

    @Test
    void anOperatorInPlaceOfAValueIsRefused() {
        String host = Fixtures.organization().toString();
        String body = eventJson(host).replace("\"title\": \"Forum\"", "\"title\": {\"$gt\": \"\"}");
        refused(body, "/api/v1/events", "title.$gt");
        given().queryParam("hostOrganizationId", host)
                .get("/api/v1/events")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void operatorAndDottedKeysAreRefusedAtAnyDepth() {
        String host = Fixtures.organization().toString();
        refused(eventJson(host).replace("{\n", "{\"$where\": \"sleep(1000)\",\n"), "/api/v1/events", "$where");
        refused(
                eventJson(host)
                        .replace(
                                "\"kind\"",
                                "\"delegationVisit\": {\"visitingOrganizationIds\": [], \"$set\": {\"status\": \"OPEN\"}},\n\"kind\""),
                "/api/v1/events",
                "delegationVisit.$set");
        refused(eventJson(host).replace("\"kind\"", "\"status.x\": \"OPEN\",\n\"kind\""), "/api/v1/events", "status.x");
        refused(
                eventJson(host).replace("\"kind\"", "\"agenda\": [{\"$expr\": 1}],\n\"kind\""),
                "/api/v1/events",
                "agenda[0].$expr");
        given().queryParam("hostOrganizationId", host)
                .get("/api/v1/events")
                .then()
                .body("total", equalTo(0));
    }

    @Test
    void patchesAndParticipationsAreGuardedToo() {
        String event = Fixtures.openEvent("FORUM", 10, 5);
        given().contentType("application/merge-patch+json")
                .body("{\"title\": {\"$set\": \"x\"}}")
                .patch("/api/v1/events/" + event)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/merge-patch+json")
                .body("{\"$inc\": {\"seatsTaken\": -5}}")
                .patch("/api/v1/events/" + event)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("$inc"));
        given().contentType("application/merge-patch+json")
                .body("{\"seatsTaken\": -5}")
                .patch("/api/v1/events/" + event)
                .then()
                .statusCode(400);
        given().contentType(ContentType.JSON)
                .body("{\"organizationId\": \"" + UUID.randomUUID()
                        + "\", \"name\": {\"$ne\": null}, \"role\": \"DELEGATE\"}")
                .post("/api/v1/events/" + event + "/participations")
                .then()
                .statusCode(400);
        given().get("/api/v1/events/" + event)
                .then()
                .body("version", equalTo(2))
                .body("seatsTaken", equalTo(0));
    }

    @Test
    void queryParametersCannotCarryOperatorsOrRegexes() {
        given().queryParam("country", "{\"$ne\": null}")
                .get("/api/v1/events")
                .then()
                .statusCode(400);
        given().queryParam("sort", "$natural").get("/api/v1/events").then().statusCode(400);
        given().queryParam("q", "^.*$")
                .queryParam("leadOrganizationId", UUID.randomUUID().toString())
                .get("/api/v1/knowledge-products")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private static void refused(String body, String path, String field) {
        given().contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static String eventJson(String host) {
        return """
                {
                "kind": "FORUM", "title": "Forum", "hostOrganizationId": "%s", "country": "CN",
                "startsAt": "2030-01-01T00:00:00Z", "endsAt": "2030-01-02T00:00:00Z", "timeZone": "Asia/Shanghai"
                }""".formatted(host);
    }
}
