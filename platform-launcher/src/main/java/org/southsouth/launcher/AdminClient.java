package org.southsouth.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;

/**
 * The gateway's bootstrap admin: the one client that exists before any is registered. Named by
 * {@code GATEWAY_BOOTSTRAP_ADMIN_CLIENT_ID}/{@code _SECRET}; on the local run without them, {@code local-admin}
 * with a secret made once and kept (readable by the owner only) in the data folder.
 */
public record AdminClient(String clientId, String secret) {

    private static final String SECRET_FILE = "admin-client-secret";

    static AdminClient fromEnvironment(Map<String, String> env, Path dataDir) {
        String id = env.getOrDefault("GATEWAY_BOOTSTRAP_ADMIN_CLIENT_ID", "local-admin");
        String secret = env.get("GATEWAY_BOOTSTRAP_ADMIN_SECRET");
        return new AdminClient(id, secret != null && !secret.isBlank() ? secret : keptSecret(dataDir));
    }

    static AdminClient random() {
        return new AdminClient("platform-admin", UUID.randomUUID().toString());
    }

    /** The command a person runs to get a bearer token. */
    public String tokenCommand(String gatewayUrl) {
        return "curl -s -u " + clientId + ":" + secret + " -d grant_type=client_credentials " + gatewayUrl
                + "/oauth2/token";
    }

    private static String keptSecret(Path dataDir) {
        Path file = dataDir.resolve(SECRET_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(dataDir);
            String secret = UUID.randomUUID().toString();
            Files.writeString(file, secret);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return secret;
        } catch (IOException e) {
            throw new LaunchException("Cannot keep the admin client's secret in " + file + ": " + e.getMessage());
        }
    }
}
