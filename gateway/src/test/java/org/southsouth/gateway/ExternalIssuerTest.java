package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * Tokens of a configured external OpenID Connect issuer (Keycloak in docker-compose) are accepted at the front
 * door, and travel on to the services as the gateway's own token for the same caller, so that services keep
 * trusting one issuer.
 */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(ExternalIdentityProvider.class)
class ExternalIssuerTest {

    private static final String ECHO = "/api/v1/organizations/echo";

    @Test
    void anExternalPartnerTokenIsAcceptedAndForwardedAsTheGatewaysOwn() throws Exception {
        UUID organization = UUID.randomUUID();
        String external = sign(ExternalIdentityProvider.ISSUER, List.of("partner"), organization, 300);
        var echoed = given().auth()
                .oauth2(external)
                .when()
                .get(ECHO)
                .then()
                .statusCode(201)
                .body("clientId", equalTo("nepal-vsc-sync"))
                .body("roles", equalTo("partner"))
                .body("organizationId", equalTo(organization.toString()))
                .extract();
        String forwarded = echoed.<String>path("authorization").substring("Bearer ".length());
        JsonNode claims = new ObjectMapper()
                .readTree(Base64.getUrlDecoder().decode(forwarded.split("\\.")[1]));
        assertEquals(
                ConfigProvider.getConfig().getValue("gateway.public-url", String.class),
                claims.path("iss").asText(),
                "services get the gateway's token");
        assertEquals(organization.toString(), claims.path("organization_id").asText());
        assertEquals("partner", claims.path("groups").path(0).asText());
    }

    @Test
    void externalTokensAreHeldToTheSameRoleRules() throws Exception {
        String reporter = sign(ExternalIdentityProvider.ISSUER, List.of("reporter"), null, 300);
        given().auth().oauth2(reporter).when().get("/admin/v1/clients").then().statusCode(403);
    }

    @Test
    void expiredOrForeignExternalTokensAre401() throws Exception {
        given().auth()
                .oauth2(sign(ExternalIdentityProvider.ISSUER, List.of("admin"), null, -120))
                .when()
                .get(ECHO)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(sign("https://elsewhere.test", List.of("admin"), null, 300))
                .when()
                .get(ECHO)
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    /** A token as the external issuer would sign it; a negative lifetime gives one that has expired. */
    private static String sign(String issuer, List<String> roles, UUID organization, int lifetimeSeconds)
            throws Exception {
        RsaJsonWebKey key = (RsaJsonWebKey) JsonWebKey.Factory.newJwk(
                ConfigProvider.getConfig().getValue("test.external-idp.private-jwk", String.class));
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject("service-account-nepal-vsc-sync");
        claims.setAudience("account");
        claims.setClaim("azp", "nepal-vsc-sync");
        claims.setStringListClaim("groups", roles);
        if (organization != null) {
            claims.setClaim("organization_id", organization.toString());
        }
        long now = System.currentTimeMillis() / 1000;
        claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(now - 60));
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(now + lifetimeSeconds));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getRsaPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }
}
