package org.southsouth.webhook.subscription;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventCatalog;
import org.southsouth.contracts.EventType;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;

@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
public class SubscriptionResourceTest {

    public static final String PATH = "/api/v1/webhooks/subscriptions";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String URL = "http://127.0.0.1:9/hook";

    @Test
    void theDocumentNamesEveryEventTypeAndTopicOfTheCatalogAndHowToVerifyADelivery() {
        String document = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (EventType type : EventCatalog.ALL) {
            assertTrue(document.contains(type.name()), "the document names " + type.name());
            assertTrue(document.contains("`" + type.topic() + ".*`"), "the document names " + type.topic() + ".*");
        }
        assertTrue(document.contains("webhook-signature"), "how deliveries are signed");
        assertTrue(document.contains("5 s, 5 min, 30 min, 2 h"), "the retry schedule");
    }

    @Test
    void theSecretIsShownOnCreateOnlyAndReadsCarryAnETag() {
        String secret = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        URL,
                        "eventTypes",
                        List.of("org.southsouth.volunteer.DeploymentPlanned", "events.events.*"),
                        "description",
                        "CRM sync"))
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", "\"1\"")
                .body("enabled", equalTo(true))
                .body("filter.countries", equalTo(List.of()))
                .body("disabledReason", nullValue())
                .body("secret", startsWith("whsec_"))
                .extract()
                .path("secret");
        assertTrue(Base64.getDecoder().decode(secret.substring(6)).length >= 24);
        String id = idOf(secret);

        given().get(PATH + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("secret", nullValue())
                .body("eventTypes", hasItems("events.events.*"))
                .body("description", equalTo("CRM sync"));
    }

    @Test
    void aMergePatchChangesWhatItNamesHonoursIfMatchAndRefusesUnknownFields() {
        String path = PATH + "/" + create(TestTokens.admin(), null);
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"description\": \"paused\", \"enabled\": false, \"filter\": {\"countries\": [\"NP\"]}}")
                .patch(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("enabled", equalTo(false))
                .body("filter.countries", equalTo(List.of("NP")))
                .body("url", equalTo(URL));
        given().contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"enabled\": true}")
                .patch(path)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().contentType(MERGE_PATCH)
                .body("{\"organizationId\": \"" + UUID.randomUUID() + "\"}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("organizationId"));
        given().contentType(MERGE_PATCH)
                .body("{\"description\": null}")
                .patch(path)
                .then()
                .statusCode(200)
                .body("description", nullValue());
        given().header("If-Match", "\"1\"").delete(path).then().statusCode(412);
        // Accepting only problems, as a generated client does for an operation whose one body is a problem.
        given().accept("application/problem+json").delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404).contentType("application/problem+json");
    }

    /** Changes at the same time wait for each other (the subscription is locked while one applies): none lost or refused. */
    @Test
    void changesAtTheSameTimeAreAppliedOneAfterTheOther() throws Exception {
        String path = PATH + "/" + create(TestTokens.admin(), null);
        int changes = 8;
        ExecutorService clients = Executors.newFixedThreadPool(changes);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                String patch = "{\"description\": \"change " + i + "\"}";
                answers.add(clients.submit(() ->
                        given().contentType(MERGE_PATCH).body(patch).patch(path).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            clients.shutdown();
        }
        given().get(path).then().statusCode(200).header("ETag", "\"" + (1 + changes) + "\"");
    }

    @Test
    void badFieldsAreProblemsNamingEachField() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        "https://10.0.0.8/hook",
                        "eventTypes",
                        List.of("partner.organizations.*", "org.southsouth.Nope"),
                        "filter",
                        Map.of("organizationIds", List.of(), "countries", List.of("XX")),
                        "description",
                        "x".repeat(501)))
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("url", "eventTypes[1]", "filter.countries[0]", "description"))
                .body("errors.field", not(hasItem("eventTypes[0]")));
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://169.254.169.254/latest", "eventTypes", List.of()))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("url", "eventTypes"));
        given().contentType(ContentType.JSON)
                .body(Map.of("eventTypes", List.of("events.events.*"), "colour", "red"))
                .post(PATH)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("colour"));
        given().get(PATH + "?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void aPartnerManagesOnlyItsOwnOrganizationsSubscriptions() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        String partnerA = TestTokens.partnerOf(a);
        String ofA = create(partnerA, null);
        String ofB = create(TestTokens.partnerOf(b), b);

        given().auth()
                .oauth2(partnerA)
                .get(PATH + "/" + ofA)
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(a.toString()));
        given().auth().oauth2(partnerA).get(PATH + "/" + ofB).then().statusCode(404);
        given().auth()
                .oauth2(partnerA)
                .contentType(MERGE_PATCH)
                .body("{\"enabled\": false}")
                .patch(PATH + "/" + ofB)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(partnerA)
                .post(PATH + "/" + ofB + "/secret-rotation")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(partnerA)
                .get(PATH + "/" + ofB + "/deliveries")
                .then()
                .statusCode(404);
        given().auth().oauth2(partnerA).delete(PATH + "/" + ofB).then().statusCode(404);
        given().auth()
                .oauth2(partnerA)
                .get(PATH)
                .then()
                .statusCode(200)
                .body("items.organizationId", hasItem(a.toString()))
                .body("items.organizationId", not(hasItem(b.toString())));
        given().auth()
                .oauth2(partnerA)
                .contentType(ContentType.JSON)
                .body(Map.of("organizationId", b.toString(), "url", URL, "eventTypes", List.of("events.events.*")))
                .post(PATH)
                .then()
                .statusCode(403)
                .body("errors.field", hasItem("organizationId"));
        given().get(PATH + "/" + ofB).then().statusCode(200);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneSubscription() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("url", URL, "eventTypes", List.of("partner.organizations.*"));
        String first = given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void malformedValuesInBodiesAndPatchesAre400NamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "url",
                        URL,
                        "eventTypes",
                        List.of("events.events.*"),
                        "filter",
                        Map.of("organizationIds", List.of("not-an-id"), "countries", List.of())))
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith("filter.organizationIds")));
        String path = PATH + "/" + create(TestTokens.admin(), null);
        given().contentType(MERGE_PATCH)
                .body("{\"eventTypes\": \"events.events.*\"}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("eventTypes"));
        given().contentType(MERGE_PATCH)
                .body("{\"enabled\": null}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("enabled"));
        given().contentType(MERGE_PATCH)
                .body("{\"url\": \"https://192.168.0.10/hook\"}")
                .patch(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("url"));
        given().get(path + "/deliveries?status=LOST").then().statusCode(400).body("errors.field", hasItem("status"));
        given().get(path).then().header("ETag", "\"1\"");
    }

    @Test
    void reportersVolunteersAndAnonymousCallersMayNotUseWebhooks() {
        given().auth()
                .oauth2(TestTokens.reporter())
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.volunteer(UUID.randomUUID()))
                .get(PATH)
                .then()
                .statusCode(403);
        given().auth().none().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void rotationShowsANewSecretOnceAndKeepsTheOldOneSigningForADay() {
        String id = create(TestTokens.coordinator(), null);
        String secret = given().post(PATH + "/" + id + "/secret-rotation")
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .body("previousSecretExpiresAt", notNullValue())
                .extract()
                .path("secret");
        String next = given().post(PATH + "/" + id + "/secret-rotation")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        assertNotEquals(secret, next);
        given().get(PATH + "/" + id).then().body("secret", nullValue()).body("previousSecretExpiresAt", notNullValue());
    }

    @Test
    void replayNeedsAnInstant() {
        String id = create(TestTokens.admin(), null);
        given().post(PATH + "/" + id + "/replay").then().statusCode(400).body("errors.field", hasItem("since"));
        given().post(PATH + "/" + id + "/replay?since=yesterday")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("since"));
        given().post(PATH + "/" + id + "/replay?since="
                        + java.time.Instant.now().plusSeconds(3600))
                .then()
                .statusCode(202)
                .body("queued", equalTo(0));
    }

    static String create(String token, UUID organization) {
        Map<String, Object> body = organization == null
                ? Map.of("url", URL, "eventTypes", List.of("events.events.*"))
                : Map.of(
                        "url",
                        URL,
                        "eventTypes",
                        List.of("events.events.*"),
                        "organizationId",
                        organization.toString());
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(PATH)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String idOf(String secret) {
        return given().get(PATH + "?size=200").then().extract().<List<Map<String, Object>>>path("items").stream()
                .filter(item -> "CRM sync".equals(item.get("description")))
                .findFirst()
                .orElseThrow()
                .get("id")
                .toString();
    }
}
