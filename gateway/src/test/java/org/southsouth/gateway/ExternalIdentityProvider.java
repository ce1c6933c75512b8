package org.southsouth.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

/**
 * An OpenID Connect issuer standing in for Keycloak: its own RSA key, published as a JWKS over real HTTP. The
 * private key reaches the test as configuration ({@code test.external-idp.private-jwk}) so it can sign tokens.
 */
public class ExternalIdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "https://idp.test/realms/southsouth";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("idp-key-1");
            byte[] jwks = new JsonWebKeySet(key)
                    .toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
                    .getBytes(StandardCharsets.UTF_8);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/certs", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            return Map.of(
                    "gateway.auth.external.issuer",
                    ISSUER,
                    "gateway.auth.external.jwks-url",
                    "http://localhost:" + server.getAddress().getPort() + "/certs",
                    "test.external-idp.private-jwk",
                    key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE));
        } catch (IOException | JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
