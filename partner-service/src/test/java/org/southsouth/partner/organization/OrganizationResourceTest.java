package org.southsouth.partner.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCodec;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.EventHeaders;
import org.southsouth.contracts.Topics;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.embedded.TopicRecords;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.partner.Organizations;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class OrganizationResourceTest {

    @Test
    void registeringPublishesTheFullOrganizationWithItsDerivedRegion() {
        Map<String, Object> body = Organizations.body("Nepal Youth Volunteers", "22", "NP");
        body.put("nameTranslations", Map.of("zh", "尼泊尔青年志愿者", "en", "Nepal Youth Volunteers"));
        body.put("acronym", "NYV");
        body.put("sdgs", List.of(17, 4));
        body.put("website", "https://nyv.example.org");
        body.put("status", "ACTIVE");
        body.put("joinedNetworkOn", "2016-06-01");
        String id = given().contentType(ContentType.JSON)
                .header("X-Request-Id", "req-registration-1")
                .body(body)
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/organizations/"))
                .header("ETag", "\"1\"")
                .body("region", equalTo("ASIA_AND_THE_PACIFIC"))
                .body("subregion", equalTo("Southern Asia"))
                .body("sdgs", equalTo(List.of(4, 17)))
                .extract()
                .path("id");

        given().get("/api/v1/organizations/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("nameTranslations.zh", equalTo("尼泊尔青年志愿者"))
                .body("status", equalTo("ACTIVE"));

        ConsumerRecord<String, byte[]> record =
                TopicRecords.awaitRecords(Topics.PARTNER_ORGANIZATIONS, id, 1).get(0);
        EventEnvelope event = EventCodec.decode(record.value());
        assertEquals("org.southsouth.partner.OrganizationRegistered", event.type());
        assertEquals(1, event.sequence());
        OrganizationV1 payload = event.payload(OrganizationV1.class);
        assertEquals("ASIA_AND_THE_PACIFIC", payload.region());
        assertEquals(List.of(4, 17), payload.sdgs());
        assertEquals("2016-06-01", payload.joinedNetworkOn().toString());
        assertEquals(
                "req-registration-1",
                new String(
                        record.headers().lastHeader(EventHeaders.CORRELATION_ID).value(), StandardCharsets.UTF_8));
    }

    @Test
    void aCountryUndpDoesNotGroupHasNoRegionButKeepsItsSubregion() {
        given().contentType(ContentType.JSON)
                .body(Organizations.body("Japan Volunteer Centre", "21", "JP"))
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .body("region", nullValue())
                .body("subregion", equalTo("Eastern Asia"));
    }

    @Test
    void invalidValuesAreRefusedWithEveryFieldNamedAndNothingStored() {
        long before = total();
        Map<String, Object> body = Organizations.body("", "99", "XX");
        body.put("sdgs", List.of(4, 18));
        body.put("nameTranslations", Map.of("not a tag!", "x"));
        body.put("website", "ftp://example.org");
        body.put("acronym", "A".repeat(41));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("instance", endsWith("/api/v1/organizations"))
                .body(
                        "errors.field",
                        hasItems(
                                "name",
                                "type",
                                "country",
                                "sdgs[1]",
                                "nameTranslations[not a tag!]",
                                "website",
                                "acronym"));
        assertEquals(before, total());
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsAreProblems() {
        long before = total();
        given().contentType(ContentType.JSON)
                .body("{\"name\": ")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"type\": \"22\", \"country\": \"CN\", \"sdgs\": \"four\"}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sdgs"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"type\": \"22\", \"country\": \"CN\", \"colour\": \"red\"}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("colour"));
        given().contentType(ContentType.JSON)
                .body("{\"name\": \"X\", \"type\": \"22\", \"country\": \"CN\", \"status\": \"INACTIVE\"}")
                .post("/api/v1/organizations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        assertEquals(before, total());
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        given().get("/api/v1/organizations/7b0e4a54-0d5e-4b8a-9c1e-2f3a4b5c6d7e")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/organizations/not-a-uuid").then().statusCode(404).body("status", not(equalTo(500)));
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRegistersOnce() {
        long before = total();
        Map<String, Object> body = Organizations.body("Kenya Volunteer Network", "22", "KE");
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "kvn-1")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "kvn-1")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first));
        assertEquals(before + 1, total());
    }

    @Test
    void anIdempotencyKeyBelongsToItsClientSoAnotherClientNeverGetsTheFirstOnesResponse() {
        Map<String, Object> body = Organizations.body("Idempotency per client network", "22", "KE");
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "shared-key-1")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "shared-key-1")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", nullValue())
                .body("id", not(equalTo(first)));
    }

    @Test
    void healthMetricsAndTheOpenApiDocumentAreServed() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'postgresql-and-kafka' }.data.kafka", equalTo("up"));
        given().get("/q/metrics").then().statusCode(200);
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/organizations/{id}'.patch.responses.'412'.description",
                        containsString("If-Match"))
                .body(
                        "paths.'/api/v1/partnerships/{id}/status'.post.responses.'409'",
                        org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/organizations/statistics'.get.description", containsString("connected"));
    }

    private static long total() {
        return given().get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
