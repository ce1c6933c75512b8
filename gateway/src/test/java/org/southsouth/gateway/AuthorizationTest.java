package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.PostgresTestResource;

@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(PostgresTestResource.class)
class AuthorizationTest {

    private static final String ECHO = "/api/v1/organizations/echo";

    @Test
    void aRequestWithoutATokenIs401WithAChallenge() {
        given().when()
                .get(ECHO)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer realm="))
                .body("status", equalTo(401));
        given().header("Authorization", "Basic dGVzdC1hZG1pbjp0ZXN0LWFkbWluLXNlY3JldA==")
                .when()
                .get(ECHO)
                .then()
                .statusCode(401);
    }

    @Test
    void anExpiredTokenSignedByTheGatewaysOwnKeyIs401() throws Exception {
        PrivateKey gatewayKey = KeyUtils.readPrivateKey("test-signing-key.pem");
        String expired = Jwt.issuer("http://localhost:8080")
                .audience("southsouth-api")
                .subject("test-admin")
                .groups("admin")
                .issuedAt(Instant.now().minusSeconds(3600))
                .expiresAt(Instant.now().minusSeconds(600))
                .sign(gatewayKey);
        given().auth()
                .oauth2(expired)
                .when()
                .get(ECHO)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                .body("detail", containsString("expired"));
        String valid = Jwt.issuer("http://localhost:8080")
                .audience("southsouth-api")
                .subject("test-admin")
                .groups("admin")
                .expiresAt(Instant.now().plusSeconds(600))
                .sign(gatewayKey);
        given().auth().oauth2(valid).when().get(ECHO).then().statusCode(201);
    }

    @Test
    void forgedAndMisdirectedTokensAre401() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String forged = Jwt.issuer("http://localhost:8080")
                .audience("southsouth-api")
                .subject("test-admin")
                .groups("admin")
                .expiresAt(Instant.now().plusSeconds(600))
                .sign(rsa.generateKeyPair().getPrivate());
        given().auth()
                .oauth2(forged)
                .when()
                .get(ECHO)
                .then()
                .statusCode(401)
                .body("detail", equalTo("The access token is not valid"));

        PrivateKey gatewayKey = KeyUtils.readPrivateKey("test-signing-key.pem");
        String otherAudience = Jwt.issuer("http://localhost:8080")
                .audience("some-other-api")
                .subject("test-admin")
                .groups("admin")
                .expiresAt(Instant.now().plusSeconds(600))
                .sign(gatewayKey);
        given().auth().oauth2(otherAudience).when().get(ECHO).then().statusCode(401);

        String token = TestClients.adminToken();
        String[] parts = token.split("\\.");
        String unsigned = parts[0] + "." + parts[1] + ".";
        given().auth().oauth2(unsigned).when().get(ECHO).then().statusCode(401);
        given().auth().oauth2("not-a-jwt").when().get(ECHO).then().statusCode(401);
    }

    @Test
    void aReporterReadsButChangesNothingAndSeesNoPersonalData() {
        String reporter = TestClients.register("reporter").token();
        given().auth().oauth2(reporter).when().get(ECHO).then().statusCode(201).body("method", equalTo("GET"));
        given().auth()
                .oauth2(reporter)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post(ECHO)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Not allowed for your role"));
        given().auth()
                .oauth2(reporter)
                .when()
                .delete("/api/v1/organizations/" + UUID.randomUUID())
                .then()
                .statusCode(403);
        given().auth().oauth2(reporter).when().get("/api/v1/volunteers").then().statusCode(403);
        given().auth().oauth2(reporter).when().get("/api/v1/matches").then().statusCode(403);
        given().auth()
                .oauth2(reporter)
                .when()
                .get("/api/v1/organizations/" + UUID.randomUUID() + "/contacts")
                .then()
                .statusCode(403);
    }

    @Test
    void aPartnerMayNotRunTheNetworksLifeCycleOrAdministration() {
        String partner = TestClients.register("partner").token();
        given().auth()
                .oauth2(partner)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post(ECHO)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(partner)
                .contentType(ContentType.JSON)
                .body("{\"status\":\"ACTIVE\"}")
                .when()
                .put("/api/v1/organizations/" + UUID.randomUUID() + "/status")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(partner)
                .when()
                .post("/api/v1/volunteers/" + UUID.randomUUID() + "/erasure")
                .then()
                .statusCode(403);
        given().auth().oauth2(partner).when().get("/admin/v1/clients").then().statusCode(403);
    }

    @Test
    void aVolunteerAppChangesItsProfileButRegistersNobodyAndRunsNoMatching() {
        String volunteer = TestClients.register("volunteer").token();
        given().auth()
                .oauth2(volunteer)
                .contentType("application/merge-patch+json")
                .body("{}")
                .when()
                .patch("/api/v1/volunteers/" + UUID.randomUUID())
                .then()
                .statusCode(503);
        given().auth()
                .oauth2(volunteer)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/volunteers")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(volunteer)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/volunteers/skills")
                .then()
                .statusCode(403);
        given().auth().oauth2(volunteer).when().get("/api/v1/matches").then().statusCode(403);
    }

    // volunteer-service is down in these tests: a request the gateway lets through is 503, one it refuses 403.

    @Test
    void aReporterCountsOpportunitiesButSeesNoApplicationsCandidatesOrRankings() {
        String reporter = TestClients.register("reporter").token();
        String opportunity = "/api/v1/opportunities/" + UUID.randomUUID();
        passes(reporter, "GET", "/api/v1/opportunities/statistics");
        passes(reporter, "GET", "/api/v1/volunteers/statistics");
        passes(reporter, "GET", "/api/v1/opportunities");
        passes(reporter, "GET", opportunity);
        for (String path : List.of(
                "/api/v1/applications",
                "/api/v1/applications/" + UUID.randomUUID(),
                opportunity + "/candidates",
                "/api/v1/volunteers/" + UUID.randomUUID() + "/opportunities")) {
            refused(reporter, "GET", path);
        }
        refused(reporter, "POST", "/api/v1/applications");
        refused(reporter, "POST", "/api/v1/opportunities");
        refused(reporter, "POST", opportunity + "/status");
    }

    @Test
    void aVolunteerAppReadsOpportunitiesAndAppliesButManagesNoneAndShortlistsNobody() {
        String volunteer = TestClients.register("volunteer").token();
        String opportunity = "/api/v1/opportunities/" + UUID.randomUUID();
        String application = "/api/v1/applications/" + UUID.randomUUID();
        passes(volunteer, "GET", "/api/v1/opportunities");
        passes(volunteer, "GET", opportunity);
        passes(volunteer, "GET", "/api/v1/volunteers/" + UUID.randomUUID() + "/opportunities");
        passes(volunteer, "POST", "/api/v1/applications");
        passes(volunteer, "GET", "/api/v1/applications");
        passes(volunteer, "GET", application);
        passes(volunteer, "POST", application + "/status");
        refused(volunteer, "POST", "/api/v1/opportunities");
        refused(volunteer, "PATCH", opportunity);
        refused(volunteer, "POST", opportunity + "/status");
        refused(volunteer, "GET", opportunity + "/candidates");
    }

    @Test
    void aPartnerManagesOpportunitiesShortlistsAndNominatesTheServiceDecidingWhose() {
        String partner = TestClients.register("partner").token();
        String opportunity = "/api/v1/opportunities/" + UUID.randomUUID();
        passes(partner, "POST", "/api/v1/opportunities");
        passes(partner, "PATCH", opportunity);
        passes(partner, "POST", opportunity + "/status");
        passes(partner, "GET", opportunity + "/candidates");
        passes(partner, "POST", "/api/v1/applications");
        passes(partner, "GET", "/api/v1/applications");
        passes(partner, "POST", "/api/v1/applications/" + UUID.randomUUID() + "/status");
    }

    @Test
    void eventsHistoriesAndFeedsPassAsTheirRecordsSingleReadsAndReportersReadNoParticipations() {
        String participation = "/api/v1/events/" + UUID.randomUUID() + "/participations/" + UUID.randomUUID();
        List<String> records = List.of(
                "/api/v1/events/changes",
                "/api/v1/events/" + UUID.randomUUID() + "/history",
                "/api/v1/knowledge-products/changes",
                "/api/v1/knowledge-products/" + UUID.randomUUID() + "/history");
        for (String role : List.of("partner", "coordinator", "volunteer", "reporter")) {
            String token = TestClients.register(role).token();
            records.forEach(path -> passes(token, "GET", path));
            for (String path : List.of("/api/v1/participations/changes", participation + "/history")) {
                if (role.equals("reporter")) {
                    refused(token, "GET", path);
                } else {
                    passes(token, "GET", path);
                }
            }
        }
    }

    @Test
    void volunteerServiceHistoriesAndFeedsPassForStaffPartnersAndVolunteerAppsNotForReporters() {
        String id = UUID.randomUUID().toString();
        List<String> paths = List.of(
                "/api/v1/volunteers/changes",
                "/api/v1/volunteers/" + id + "/history",
                "/api/v1/deployments/changes",
                "/api/v1/deployments/" + id + "/history",
                "/api/v1/service-hours/changes",
                "/api/v1/service-hours/" + id + "/history");
        for (String role : List.of("partner", "coordinator", "volunteer", "reporter")) {
            String token = TestClients.register(role).token();
            paths.forEach(path -> {
                if (role.equals("reporter")) {
                    refused(token, "GET", path);
                } else {
                    passes(token, "GET", path);
                }
            });
        }
        passes(TestClients.register("reporter").token(), "GET", "/api/v1/deployments/" + id);
    }

    @Test
    void volunteerServiceBatchesAreForStaffAndPartnersAndAVolunteerAppCreatesNoVolunteers() {
        for (String batch :
                List.of("/api/v1/volunteers/bulk", "/api/v1/deployments/bulk", "/api/v1/service-hours/bulk")) {
            passes(TestClients.register("partner").token(), "POST", batch);
            passes(TestClients.register("coordinator").token(), "POST", batch);
            refused(TestClients.register("reporter").token(), "POST", batch);
            refused(TestClients.register("volunteer").token(), "POST", batch);
        }
    }

    @Test
    void contactHistoriesAndTheContactsFeedPassForWhoeverReadsContactsAndNoOneElse() {
        String contact = "/api/v1/organizations/" + UUID.randomUUID() + "/contacts/" + UUID.randomUUID();
        for (String path : List.of("/api/v1/organizations/contacts/changes", contact + "/history")) {
            reachesPartnerService(TestClients.register("partner").token(), path);
            reachesPartnerService(TestClients.register("coordinator").token(), path);
            refused(TestClients.register("reporter").token(), "GET", path);
            refused(TestClients.register("volunteer").token(), "GET", path);
        }
        reachesPartnerService(TestClients.register("reporter").token(), "/api/v1/organizations/changes");
        String partnership = "/api/v1/partnerships/" + UUID.randomUUID();
        reachesPartnerService(TestClients.register("volunteer").token(), partnership + "/history");
    }

    /** The stand-in for partner-service knows none of these paths: its plain 404, not a problem of the gateway. */
    private static void reachesPartnerService(String token, String path) {
        call(token, "GET", path).then().statusCode(404).contentType(not(containsString("problem")));
    }

    @Test
    void participationBatchesAreForStaffAndPartnersNotForReportersOrVolunteerApps() {
        String batch = "/api/v1/participations/bulk";
        passes(TestClients.register("partner").token(), "POST", batch);
        passes(TestClients.register("coordinator").token(), "POST", batch);
        refused(TestClients.register("reporter").token(), "POST", batch);
        refused(TestClients.register("volunteer").token(), "POST", batch);
    }

    @Test
    void everyRoleReadsEveryServicesSyncStateAndOnlyStaffAndPartnersTheWebhooks() {
        List<String> syncStates =
                List.of("/api/v1/volunteers/sync-state", "/api/v1/events/sync-state", "/api/v1/webhooks/sync-state");
        for (String role : List.of("partner", "coordinator", "volunteer", "reporter")) {
            String token = TestClients.register(role).token();
            syncStates.forEach(path -> passes(token, "GET", path));
            if (List.of("volunteer", "reporter").contains(role)) {
                refused(token, "GET", "/api/v1/webhooks/subscriptions");
                refused(token, "POST", "/api/v1/webhooks/sync-state");
            } else {
                passes(token, "GET", "/api/v1/webhooks/subscriptions");
            }
        }
    }

    /** The gateway lets the request through to volunteer-service, events-service or webhook-service, which are down. */
    private static void passes(String token, String method, String path) {
        call(token, method, path).then().statusCode(503);
    }

    private static void refused(String token, String method, String path) {
        call(token, method, path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Not allowed for your role"));
    }

    private static Response call(String token, String method, String path) {
        RequestSpecification request = given().auth().oauth2(token);
        if (!"GET".equals(method)) {
            request = request.contentType("PATCH".equals(method) ? "application/merge-patch+json" : "application/json")
                    .body("{}");
        }
        return request.when().request(method, path);
    }

    @Test
    void theServiceGetsTheVerifiedIdentityNeverTheOneTheClientClaims() {
        UUID organization = UUID.randomUUID();
        TestClients.Registered partner = TestClients.register(List.of("partner"), organization, null);
        given().auth()
                .oauth2(partner.token())
                .header("X-Client-Id", "someone-else")
                .header("X-Roles", "admin")
                .header("X-Organization-Id", UUID.randomUUID().toString())
                .when()
                .get(ECHO)
                .then()
                .statusCode(201)
                .body("clientId", equalTo(partner.clientId()))
                .body("roles", equalTo("partner"))
                .body("organizationId", equalTo(organization.toString()))
                .body("bearer", equalTo(true));
        given().auth()
                .oauth2(TestClients.register("reporter").token())
                .header("X-Organization-Id", organization.toString())
                .when()
                .get(ECHO)
                .then()
                .statusCode(201)
                .body("roles", equalTo("reporter"))
                .body("organizationId", equalTo("null"));
    }
}
