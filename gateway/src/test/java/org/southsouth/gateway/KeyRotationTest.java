package org.southsouth.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** After a key rotation, tokens the retired key signed keep working until they expire, and its public key stays published. */
@QuarkusTest
@WithTestResource(StubUpstreams.class)
@WithTestResource(RetiredSigningKey.class)
class KeyRotationTest {

    private static final String ECHO = "/api/v1/organizations/echo";

    @Test
    void aTokenSignedWithTheRetiredKeyIsStillAcceptedAndBothKeysArePublished() throws Exception {
        given().when().get("/.well-known/jwks.json").then().statusCode(200).body("keys", hasSize(2));
        given().auth()
                .oauth2(signedWithRetiredKey("admin"))
                .when()
                .get(ECHO)
                .then()
                .statusCode(201);
        given().auth().oauth2(TestClients.adminToken()).when().get(ECHO).then().statusCode(201);
    }

    @Test
    void aTokenNamingAKeyTheGatewayNeverHadIsRefused() throws Exception {
        String forged = Jwt.issuer(ConfigProvider.getConfig().getValue("gateway.public-url", String.class))
                .audience("southsouth-api")
                .subject("test-admin")
                .groups("admin")
                .expiresAt(Instant.now().plusSeconds(600))
                .jws()
                .keyId("never-published")
                .sign(retiredPrivateKey());
        given().auth().oauth2(forged).when().get(ECHO).then().statusCode(401);
    }

    /** Signed as the gateway signed before the rotation: with the retired key, naming it by the kid it is published under. */
    private static String signedWithRetiredKey(String role) throws Exception {
        String keyId = given().get("/.well-known/jwks.json").then().extract().path("keys[1].kid");
        return Jwt.issuer(ConfigProvider.getConfig().getValue("gateway.public-url", String.class))
                .audience("southsouth-api")
                .subject("test-admin")
                .groups(role)
                .expiresAt(Instant.now().plusSeconds(600))
                .jws()
                .keyId(keyId)
                .sign(retiredPrivateKey());
    }

    private static PrivateKey retiredPrivateKey() throws Exception {
        byte[] encoded = Base64.getDecoder()
                .decode(ConfigProvider.getConfig().getValue("test.retired-key.private", String.class));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
    }
}
