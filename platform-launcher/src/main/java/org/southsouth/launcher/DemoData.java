package org.southsouth.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the demo network through the gateway's public API by running the demo-data loader (its own module,
 * so the launcher does not depend on it) as its own client, {@link DemoLoaderClient}. Loading twice changes nothing.
 */
final class DemoData {

    private DemoData() {}

    static void load(Path home, String gatewayUrl, AdminClient admin) {
        Path jar = home.resolve("demo-data/target/demo-data.jar");
        if (!Files.exists(jar)) {
            System.out.println(
                    "  ! demo data not loaded: " + jar + " is missing (build with ./mvnw package -DskipTests)");
            return;
        }
        String clientId = DemoLoaderClient.CLIENT_ID;
        String secret;
        try {
            secret = DemoLoaderClient.secret(gatewayUrl, admin);
        } catch (LaunchException e) {
            System.out.println("  ! the loader's own client could not be registered (" + e.getMessage()
                    + "); loading as the bootstrap admin, within the default rate limit");
            clientId = admin.clientId();
            secret = admin.secret();
        }
        System.out.println("Loading demo data through " + gatewayUrl + " as " + clientId + " …");
        long begin = System.nanoTime();
        ProcessBuilder loader = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        gatewayUrl,
                        "--client-id",
                        clientId,
                        "--client-secret",
                        secret)
                .inheritIO();
        try {
            int exit = loader.start().waitFor();
            System.out.printf("  demo-data loader done in %.1f s%n", (System.nanoTime() - begin) / 1e9);
            if (exit != 0) {
                System.out.println(
                        "  ! the demo-data loader ended with exit code " + exit + "; the platform keeps running");
            }
        } catch (IOException e) {
            System.out.println("  ! demo data not loaded: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
