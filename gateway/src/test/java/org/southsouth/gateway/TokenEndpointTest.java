package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class TokenEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBootstrapAdminGetsASignedTokenWhoseKeyIsPublished() throws Exception {
        var response = given().auth()
                .preemptive()
                .basic(TestClients.ADMIN_ID, TestClients.ADMIN_SECRET)
                .formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("scope", equalTo("admin"))
                .extract();
        String token = response.path("access_token");
        JsonNode header = part(token, 0);
        assertEquals("RS256", header.path("alg").asText());
        given().when()
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .body("keys.kid", hasItem(header.path("kid").asText()))
                .body("keys.kty", everyItem(equalTo("RSA")))
                .body("keys[0]", not(org.hamcrest.Matchers.hasKey("d")));
        JsonNode claims = part(token, 1);
        assertEquals("test-admin", claims.path("sub").asText());
        assertEquals("admin", claims.path("groups").path(0).asText());
        assertEquals(
                "southsouth-api",
                claims.path("aud").isArray()
                        ? claims.path("aud").path(0).asText()
                        : claims.path("aud").asText());
    }

    @Test
    void aPartnerRegisteredByTheAdminGetsATokenWithItsOrganization() throws Exception {
        UUID organization = UUID.randomUUID();
        var created = given().auth()
                .oauth2(TestClients.adminToken())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "clientId",
                        "nepal-vsc-" + organization.toString().substring(0, 8),
                        "name",
                        "Nepal VSC sync",
                        "roles",
                        List.of("partner"),
                        "organizationId",
                        organization))
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(201)
                .header("Location", containsString("/admin/v1/clients/nepal-vsc-"))
                .body("client.status", equalTo("ACTIVE"))
                .body("client.roles", equalTo(List.of("partner")))
                .body("clientSecret", notNullValue())
                .extract();
        String clientId = created.path("client.clientId");
        String token = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", (String) created.path("clientSecret"))
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(200)
                .body("scope", equalTo("partner"))
                .extract()
                .path("access_token");
        JsonNode claims = part(token, 1);
        assertEquals(organization.toString(), claims.path("organization_id").asText());
        assertEquals(clientId, claims.path("client_id").asText());
        given().auth()
                .oauth2(TestClients.adminToken())
                .when()
                .get("/admin/v1/clients/" + clientId)
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(organization.toString()))
                .body("$", not(org.hamcrest.Matchers.hasKey("clientSecret")));
    }

    @Test
    void aVolunteerClientGetsATokenThatSpeaksForItsVolunteerOnly() throws Exception {
        UUID volunteer = UUID.randomUUID();
        TestClients.Registered client = TestClients.register(List.of("volunteer"), null, volunteer, null);
        JsonNode claims = part(client.token(), 1);
        assertEquals(volunteer.toString(), claims.path("volunteer_id").asText());
        assertEquals("volunteer", claims.path("groups").path(0).asText());
        given().auth()
                .oauth2(TestClients.adminToken())
                .when()
                .get("/admin/v1/clients/" + client.clientId())
                .then()
                .statusCode(200)
                .body("volunteerId", equalTo(volunteer.toString()));
    }

    @Test
    void wrongSecretsUnknownClientsAndBadRequestsAreRefusedTheOAuthWay() {
        TestClients.Registered reporter = TestClients.register("reporter");
        given().auth()
                .preemptive()
                .basic(reporter.clientId(), "not-the-secret")
                .formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Basic"))
                .body("error", equalTo("invalid_client"));
        given().auth()
                .preemptive()
                .basic("nobody", "whatever")
                .formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(401)
                .body("error", equalTo("invalid_client"));
        given().formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(401)
                .body("error", equalTo("invalid_client"));
        given().auth()
                .preemptive()
                .basic(reporter.clientId(), reporter.secret())
                .formParam("grant_type", "password")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"));
        given().auth()
                .preemptive()
                .basic(reporter.clientId(), reporter.secret())
                .formParam("scope", "reporter")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
        given().auth()
                .preemptive()
                .basic(reporter.clientId(), reporter.secret())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", reporter.clientId())
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
        given().auth()
                .preemptive()
                .basic(reporter.clientId(), reporter.secret())
                .formParam("grant_type", "client_credentials")
                .formParam("scope", "reporter admin")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid_scope"));
    }

    @Test
    void aRotatedSecretReplacesTheOldOneAtOnce() {
        TestClients.Registered client = TestClients.register("coordinator");
        String newSecret = given().auth()
                .oauth2(TestClients.adminToken())
                .when()
                .post("/admin/v1/clients/" + client.clientId() + "/secret")
                .then()
                .statusCode(200)
                .body("client.secretRotatedAt", notNullValue())
                .extract()
                .path("clientSecret");
        given().auth()
                .preemptive()
                .basic(client.clientId(), client.secret())
                .formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(401)
                .body("error", equalTo("invalid_client"));
        TestClients.token(client.clientId(), newSecret);
    }

    @Test
    void aRevokedClientGetsNoTokenAndItsLiveTokenStopsWorking() {
        TestClients.Registered client = TestClients.register("reporter");
        String liveToken = client.token();
        given().auth()
                .oauth2(liveToken)
                .when()
                .get("/api/v1/organizations/echo")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(TestClients.adminToken())
                .when()
                .post("/admin/v1/clients/" + client.clientId() + "/revocation")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedAt", notNullValue());

        given().auth()
                .preemptive()
                .basic(client.clientId(), client.secret())
                .formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(401)
                .body("error", equalTo("invalid_client"));
        given().auth()
                .oauth2(liveToken)
                .when()
                .get("/api/v1/organizations/echo")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestClients.adminToken())
                .when()
                .post("/admin/v1/clients/" + client.clientId() + "/secret")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void clientRegistrationIsValidated() {
        String admin = TestClients.adminToken();
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "No org", "roles", List.of("partner")))
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("organizationId"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "No volunteer", "roles", List.of("volunteer")))
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("volunteerId"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "Volunteer id on a reporter",
                        "roles",
                        List.of("reporter"),
                        "volunteerId",
                        UUID.randomUUID()))
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("volunteerId"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Bad role", "roles", List.of("superuser")))
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("roles"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Taken", "clientId", "test-admin", "roles", List.of("admin")))
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(409);
        String id = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "First", "clientId", id, "roles", List.of("reporter")))
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Second", "clientId", id, "roles", List.of("reporter")))
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(admin)
                .when()
                .get("/admin/v1/clients/no-such-client")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin)
                .when()
                .get("/admin/v1/clients?size=500")
                .then()
                .statusCode(400);
    }

    @Test
    void clientsAreListedInAStableOrderWithTheirTotal() {
        TestClients.register("reporter");
        TestClients.register("reporter");
        String admin = TestClients.adminToken();
        int total = given().auth()
                .oauth2(admin)
                .when()
                .get("/admin/v1/clients?size=1&revoked=false")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .extract()
                .path("total");
        List<String> all = given().auth()
                .oauth2(admin)
                .when()
                .get("/admin/v1/clients?size=200&revoked=false")
                .then()
                .statusCode(200)
                .extract()
                .path("items.clientId");
        assertEquals(total, all.size());
        String second = given().auth()
                .oauth2(admin)
                .when()
                .get("/admin/v1/clients?size=1&page=1&revoked=false")
                .then()
                .extract()
                .path("items[0].clientId");
        assertEquals(all.get(1), second);
    }

    @Test
    void onlyAdminsReachTheAdminApi() {
        given().when()
                .get("/admin/v1/clients")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth()
                .oauth2(TestClients.register("partner").token())
                .when()
                .get("/admin/v1/clients")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestClients.register("coordinator").token())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Sneaky", "roles", List.of("admin")))
                .when()
                .post("/admin/v1/clients")
                .then()
                .statusCode(403);
    }

    @Test
    void aClientIdWithTooManyFailedAttemptsIsRefusedWith429UntilTheWindowEndsWhileOthersGetTokens() {
        TestClients.Registered target = TestClients.register("reporter");
        for (int failure = 1; failure <= 5; failure++) {
            given().auth()
                    .preemptive()
                    .basic(target.clientId(), "guess-" + failure)
                    .formParam("grant_type", "client_credentials")
                    .when()
                    .post("/oauth2/token")
                    .then()
                    .statusCode(401);
        }
        var refused = given().auth()
                .preemptive()
                .basic(target.clientId(), target.secret())
                .formParam("grant_type", "client_credentials")
                .when()
                .post("/oauth2/token")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .header("X-Request-Id", notNullValue())
                .extract();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertEquals(true, retryAfter > 0 && retryAfter <= 300, "within the 5-minute window, was " + retryAfter);
        TestClients.register("reporter").token();
    }

    private static JsonNode part(String jwt, int index) throws Exception {
        return JSON.readTree(
                new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
    }
}
