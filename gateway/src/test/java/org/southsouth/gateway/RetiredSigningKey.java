package org.southsouth.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

/**
 * A key the gateway signed with before its current one: its public half is configured as retired, and its private
 * half reaches the test (as configuration) to sign a token as the gateway did before the rotation.
 */
public class RetiredSigningKey implements QuarkusTestResourceLifecycleManager {

    private Path publicKeyFile;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            publicKeyFile = Files.createTempFile("retired-signing-key", ".pem");
            Files.writeString(
                    publicKeyFile,
                    "-----BEGIN PUBLIC KEY-----\n"
                            + Base64.getMimeEncoder()
                                    .encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
            return Map.of(
                    "gateway.auth.retired-key-locations", publicKeyFile.toString(),
                    "test.retired-key.private",
                            Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try {
            Files.deleteIfExists(publicKeyFile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
