package org.southsouth.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The gateway's token-signing key for the local run, made once and kept in the data folder, so tokens stay
 * valid across restarts (PKCS#8 PEM, readable by the owner only).
 */
final class SigningKey {

    private SigningKey() {}

    static Path kept(Path dataDir) {
        Path file = dataDir.resolve("gateway-signing-key.pem");
        if (Files.exists(file)) {
            return file;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] key = generator.generateKeyPair().getPrivate().getEncoded();
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key);
            Files.createDirectories(dataDir);
            Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new LaunchException("Cannot keep the gateway's signing key in " + file + ": " + e.getMessage());
        }
    }
}
