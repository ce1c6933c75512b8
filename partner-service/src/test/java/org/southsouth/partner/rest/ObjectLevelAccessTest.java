package org.southsouth.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.embedded.quarkus.TestTokens;
import org.southsouth.partner.Organizations;
import org.southsouth.partner.Partnerships;

/**
 * Partner A changes ids in paths and bodies to reach organization B's private data and B's agreements: every attempt
 * is a 403 or 404 problem and changes nothing. B itself, staff, reporters and volunteers get what their role allows.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class ObjectLevelAccessTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String CONTACT_EMAIL = "amina.diallo@example.org";

    private String a;
    private String b;
    private String c;
    private String contactOfB;
    private String draftOfB;
    private String signedOfB;

    @BeforeEach
    void aNetworkWithTwoPartners() {
        a = Organizations.register("Senegal Volunteer Corps", "22", "SN");
        b = Organizations.register("Mali Youth Volunteers", "22", "ML");
        c = Organizations.register("Niger Volunteer Network", "22", "NE");
        contactOfB = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Amina Diallo", "email", CONTACT_EMAIL))
                .post("/api/v1/organizations/" + b + "/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        draftOfB = Partnerships.create(Partnerships.body(
                "Sahel exchange (negotiating)", "EXCHANGE_PROGRAMME", b, "IMPLEMENTING", c, "FUNDING"));
        signedOfB = Partnerships.create(Partnerships.body(
                "Sahel knowledge sharing", "KNOWLEDGE_SHARING", b, "IMPLEMENTING", c, "IMPLEMENTING"));
        Partnerships.step(signedOfB, "SIGNED", "2024-01-15");
    }

    @Test
    void partnerAGetsNothingOfBsPrivateDataAndChangesNothing() {
        String organizationB = asAdmin().get("/api/v1/organizations/" + b).asString();
        String draft = asAdmin().get("/api/v1/partnerships/" + draftOfB).asString();
        String signed = asAdmin().get("/api/v1/partnerships/" + signedOfB).asString();
        String contacts =
                asAdmin().get("/api/v1/organizations/" + b + "/contacts").asString();

        refused(
                403,
                asPartnerA()
                        .contentType(MERGE_PATCH)
                        .body("{\"acronym\": \"MYV\"}")
                        .patch("/api/v1/organizations/" + b));
        refused(403, asPartnerA().post("/api/v1/organizations/" + b + "/deactivate"));
        refused(
                403,
                asPartnerA()
                        .contentType(ContentType.JSON)
                        .body(Organizations.body("Fake Mali office", "22", "ML"))
                        .post("/api/v1/organizations"));

        refused(403, asPartnerA().get("/api/v1/organizations/" + b + "/contacts"));
        refused(403, asPartnerA().get("/api/v1/organizations/" + b + "/contacts/" + contactOfB));
        refused(
                403,
                asPartnerA()
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "Intruder"))
                        .post("/api/v1/organizations/" + b + "/contacts"));
        refused(
                403,
                asPartnerA()
                        .contentType(MERGE_PATCH)
                        .body("{\"email\": \"a@example.org\"}")
                        .patch("/api/v1/organizations/" + b + "/contacts/" + contactOfB));
        refused(403, asPartnerA().delete("/api/v1/organizations/" + b + "/contacts/" + contactOfB));
        // B's contact through A's own organization path: not A's contact.
        refused(404, asPartnerA().get("/api/v1/organizations/" + a + "/contacts/" + contactOfB));
        refused(
                404,
                asPartnerA()
                        .contentType(MERGE_PATCH)
                        .body("{\"email\": \"a@example.org\"}")
                        .patch("/api/v1/organizations/" + a + "/contacts/" + contactOfB));
        refused(404, asPartnerA().delete("/api/v1/organizations/" + a + "/contacts/" + contactOfB));

        refused(404, asPartnerA().get("/api/v1/partnerships/" + draftOfB));
        refused(
                404,
                asPartnerA()
                        .contentType(MERGE_PATCH)
                        .body("{\"title\": \"Hijacked\"}")
                        .patch("/api/v1/partnerships/" + draftOfB));
        refused(
                404,
                asPartnerA()
                        .contentType(ContentType.JSON)
                        .body(Map.of("status", "SIGNED"))
                        .post("/api/v1/partnerships/" + draftOfB + "/status"));
        refused(
                403,
                asPartnerA()
                        .contentType(MERGE_PATCH)
                        .body(
                                "{\"documents\": [{\"title\": \"Fake annex\", \"url\": \"https://evil.example.org/annex.pdf\"}]}")
                        .patch("/api/v1/partnerships/" + signedOfB));
        refused(
                403,
                asPartnerA()
                        .contentType(ContentType.JSON)
                        .body(Map.of("status", "CLOSED"))
                        .post("/api/v1/partnerships/" + signedOfB + "/status"));
        int partnershipsOfB = asAdmin()
                .queryParam("organizationId", b)
                .get("/api/v1/partnerships")
                .then()
                .extract()
                .path("total");
        refused(
                403,
                asPartnerA()
                        .contentType(ContentType.JSON)
                        .body(Partnerships.body("B and C, recorded by A", "MOU", b, "FUNDING", c, "IMPLEMENTING"))
                        .post("/api/v1/partnerships"));

        assertEquals(
                organizationB,
                asAdmin()
                        .get("/api/v1/organizations/" + b)
                        .then()
                        .header("ETag", "\"1\"")
                        .extract()
                        .asString());
        assertEquals(
                draft,
                asAdmin()
                        .get("/api/v1/partnerships/" + draftOfB)
                        .then()
                        .header("ETag", "\"1\"")
                        .extract()
                        .asString());
        assertEquals(
                signed,
                asAdmin()
                        .get("/api/v1/partnerships/" + signedOfB)
                        .then()
                        .header("ETag", "\"2\"")
                        .extract()
                        .asString());
        assertEquals(
                contacts,
                asAdmin().get("/api/v1/organizations/" + b + "/contacts").asString());
        assertTrue(contacts.contains(CONTACT_EMAIL));
        asAdmin()
                .queryParam("organizationId", b)
                .get("/api/v1/partnerships")
                .then()
                .body("total", equalTo(partnershipsOfB));
    }

    @Test
    void othersDraftsAreAbsentFromListsAndTheNetworkView() {
        for (RequestSpecification outsider :
                List.of(asPartnerA(), as(TestTokens.reporter()), as(TestTokens.volunteer(c)))) {
            outsider.queryParam("organizationId", b)
                    .get("/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of(signedOfB)))
                    .body("total", equalTo(1));
        }
        as(TestTokens.partnerOf(b))
                .queryParam("organizationId", b)
                .get("/api/v1/partnerships")
                .then()
                .body("items.id", hasItem(draftOfB))
                .body("total", equalTo(2));
        as(TestTokens.partnerOf(c))
                .get("/api/v1/partnerships/" + draftOfB)
                .then()
                .statusCode(200);
        asAdmin()
                .queryParam("organizationId", b)
                .get("/api/v1/partnerships")
                .then()
                .body("total", equalTo(2));

        asPartnerA()
                .get("/api/v1/organizations/" + b + "/network")
                .then()
                .statusCode(200)
                .body("connections.through.flatten().partnershipId", equalTo(List.of(signedOfB)));
    }

    @Test
    void partnerBManagesItsOwnProfileContactsAndAgreements() {
        as(TestTokens.partnerOf(b))
                .contentType(MERGE_PATCH)
                .header("If-Match", "\"1\"")
                .body("{\"acronym\": \"MYV\", \"sdgs\": [4, 17]}")
                .patch("/api/v1/organizations/" + b)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("acronym", equalTo("MYV"));

        String contact = as(TestTokens.partnerOf(b))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Moussa Keita"))
                .post("/api/v1/organizations/" + b + "/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(TestTokens.partnerOf(b))
                .get("/api/v1/organizations/" + b + "/contacts")
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(contactOfB, contact)));
        as(TestTokens.partnerOf(b))
                .get("/api/v1/organizations/" + b + "/contacts/" + contactOfB)
                .then()
                .statusCode(200)
                .body("email", equalTo(CONTACT_EMAIL));
        as(TestTokens.partnerOf(b))
                .contentType(MERGE_PATCH)
                .body("{\"role\": \"Liaison officer\"}")
                .patch("/api/v1/organizations/" + b + "/contacts/" + contact)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        // Accepting only problems, as a generated client does for an operation whose one body is a problem.
        as(TestTokens.partnerOf(b))
                .accept("application/problem+json")
                .delete("/api/v1/organizations/" + b + "/contacts/" + contact)
                .then()
                .statusCode(204);

        as(TestTokens.partnerOf(b))
                .get("/api/v1/partnerships/" + draftOfB)
                .then()
                .statusCode(200);
        as(TestTokens.partnerOf(b))
                .contentType(MERGE_PATCH)
                .body(
                        "{\"documents\": [{\"title\": \"Draft MoU\", \"url\": \"https://docs.example.org/sahel-mou.pdf\"}]}")
                .patch("/api/v1/partnerships/" + draftOfB)
                .then()
                .statusCode(200)
                .body("documents.title", equalTo(List.of("Draft MoU")));
        as(TestTokens.partnerOf(b))
                .contentType(ContentType.JSON)
                .body(Map.of("status", "SIGNED", "on", "2024-02-01"))
                .post("/api/v1/partnerships/" + draftOfB + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("SIGNED"));
        as(TestTokens.partnerOf(b))
                .contentType(ContentType.JSON)
                .body(Partnerships.body("Mali–Senegal exchange", "EXCHANGE_PROGRAMME", b, "FUNDING", a, "IMPLEMENTING"))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201);
    }

    @Test
    void partnerBMayNotChangeWhatTheNetworkGovernsNorLeaveItsOwnAgreement() {
        String before = asAdmin().get("/api/v1/organizations/" + b).asString();
        ValidatableResponse governed = refused(
                403,
                as(TestTokens.partnerOf(b))
                        .contentType(MERGE_PATCH)
                        .body("{\"acronym\": \"MYV\", \"hub\": true, \"status\": \"ACTIVE\"}")
                        .patch("/api/v1/organizations/" + b));
        governed.body("errors.field", equalTo(List.of("hub", "status")));
        refused(
                        403,
                        as(TestTokens.partnerOf(b))
                                .contentType(MERGE_PATCH)
                                .body("{\"joinedNetworkOn\": \"2016-01-01\"}")
                                .patch("/api/v1/organizations/" + b))
                .body("errors.field", equalTo(List.of("joinedNetworkOn")));
        refused(403, as(TestTokens.partnerOf(b)).post("/api/v1/organizations/" + b + "/deactivate"));
        refused(
                403,
                as(TestTokens.partnerOf(b))
                        .contentType(ContentType.JSON)
                        .body(Map.of("status", "ACTIVE"))
                        .post("/api/v1/organizations/" + b + "/status"));
        assertEquals(
                before,
                asAdmin()
                        .get("/api/v1/organizations/" + b)
                        .then()
                        .header("ETag", "\"1\"")
                        .extract()
                        .asString());

        refused(
                        403,
                        as(TestTokens.partnerOf(b))
                                .contentType(MERGE_PATCH)
                                .body("{\"parties\": [{\"organizationId\": \"" + a
                                        + "\", \"role\": \"FUNDING\"}, {\"organizationId\": \"" + c
                                        + "\", \"role\": \"IMPLEMENTING\"}]}")
                                .patch("/api/v1/partnerships/" + draftOfB))
                .body("errors.field", equalTo(List.of("parties")));
        asAdmin()
                .get("/api/v1/partnerships/" + draftOfB)
                .then()
                .header("ETag", "\"1\"")
                .body("parties.organizationId", hasItem(b));
    }

    @Test
    void readersSeeThePublicProfileButNeitherContactsNorChanges() {
        for (String token : List.of(TestTokens.reporter(), TestTokens.volunteer(a))) {
            as(token)
                    .get("/api/v1/organizations/" + b)
                    .then()
                    .statusCode(200)
                    .body("name", equalTo("Mali Youth Volunteers"))
                    .body(not(containsString(CONTACT_EMAIL)));
            as(token)
                    .queryParam("q", "Mali Youth")
                    .get("/api/v1/organizations")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(b))
                    .body(not(containsString(CONTACT_EMAIL)));
            as(token)
                    .queryParam("country", "ML")
                    .get("/api/v1/organizations/export.csv")
                    .then()
                    .statusCode(200)
                    .body(containsString(b))
                    .body(not(containsString(CONTACT_EMAIL)));
            as(token).get("/api/v1/organizations/" + b + "/network").then().statusCode(200);
            as(token).get("/api/v1/organizations/statistics").then().statusCode(200);
            as(token).get("/api/v1/partnerships/statistics").then().statusCode(200);
            as(token).get("/api/v1/partnerships/" + signedOfB).then().statusCode(200);

            refused(403, as(token).get("/api/v1/organizations/" + b + "/contacts"));
            refused(403, as(token).get("/api/v1/organizations/" + b + "/contacts/" + contactOfB));
            refused(
                    403,
                    as(token)
                            .contentType(MERGE_PATCH)
                            .body("{\"role\": \"X\"}")
                            .patch("/api/v1/organizations/" + b + "/contacts/" + contactOfB));
            refused(404, as(token).get("/api/v1/partnerships/" + draftOfB));
            refused(
                    403,
                    as(token)
                            .contentType(MERGE_PATCH)
                            .body("{\"acronym\": \"X\"}")
                            .patch("/api/v1/organizations/" + b));
            refused(
                    403,
                    as(token)
                            .contentType(ContentType.JSON)
                            .body(Partnerships.body("Reported into being", "MOU", b, "FUNDING", c, "IMPLEMENTING"))
                            .post("/api/v1/partnerships"));
        }
        asAdmin().get("/api/v1/organizations/" + b).then().header("ETag", "\"1\"");
    }

    @Test
    void coordinatorsActOnEveryOrganization() {
        String registered = as(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(Organizations.body("Gambia Volunteers", "22", "GM"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(TestTokens.coordinator())
                .contentType(MERGE_PATCH)
                .body("{\"hub\": true, \"status\": \"ACTIVE\"}")
                .patch("/api/v1/organizations/" + registered)
                .then()
                .statusCode(200)
                .body("hub", equalTo(true));
        as(TestTokens.coordinator())
                .get("/api/v1/organizations/" + b + "/contacts")
                .then()
                .statusCode(200)
                .body("email", equalTo(List.of(CONTACT_EMAIL)));
        as(TestTokens.coordinator())
                .get("/api/v1/partnerships/" + draftOfB)
                .then()
                .statusCode(200);
        as(TestTokens.coordinator())
                .post("/api/v1/organizations/" + a + "/deactivate")
                .then()
                .statusCode(200);
    }

    @Test
    void anIdempotentRetryIsNotReplayedToACallerThatMayNotMakeTheRequest() {
        Map<String, Object> body = Map.of("name", "Fatou Ndiaye");
        String key = "contact-" + b;
        as(TestTokens.partnerOf(b))
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organizations/" + b + "/contacts")
                .then()
                .statusCode(201);
        refused(
                403,
                asPartnerA()
                        .header("Idempotency-Key", key)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/organizations/" + b + "/contacts"));
        asAdmin()
                .get("/api/v1/organizations/" + b + "/contacts")
                .then()
                .body("findAll { it.name == 'Fatou Ndiaye' }.size()", equalTo(1));
    }

    @Test
    void theOpenApiNamesEveryRefusal() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        Map<String, List<String>> refusing = Map.of(
                "/api/v1/organizations", List.of("post"),
                "/api/v1/organizations/{id}", List.of("patch"),
                "/api/v1/organizations/{id}/deactivate", List.of("post"),
                "/api/v1/organizations/{id}/status", List.of("post"),
                "/api/v1/organizations/{organizationId}/contacts", List.of("get", "post"),
                "/api/v1/organizations/{organizationId}/contacts/{contactId}", List.of("get", "patch", "delete"),
                "/api/v1/partnerships", List.of("post"),
                "/api/v1/partnerships/{id}", List.of("patch"),
                "/api/v1/partnerships/{id}/status", List.of("post"));
        refusing.forEach((path, methods) -> methods.forEach(method -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> responses =
                    (Map<String, Object>) paths.get(path).get(method).get("responses");
            assertTrue(responses.containsKey("403"), method + " " + path + " documents its 403");
        }));
        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>)
                paths.get("/api/v1/organizations/{id}").get("get").get("responses");
        assertFalse(read.containsKey("403"), "the public profile refuses no authenticated caller");
    }

    private RequestSpecification asPartnerA() {
        return as(TestTokens.partnerOf(a));
    }

    private static RequestSpecification asAdmin() {
        return as(TestTokens.admin());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static ValidatableResponse refused(int status, Response response) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status));
    }
}
