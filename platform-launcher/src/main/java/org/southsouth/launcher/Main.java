package org.southsouth.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./platform} (this class with target/lib on the class path): starts the whole platform on the embedded
 * default (or external servers named by environment variables), prints where everything is, and stops it all on
 * Ctrl-C.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws InterruptedException {
        QuietLogging.apply();
        Path home = Path.of(System.getProperty("platform.home", "."))
                .toAbsolutePath()
                .normalize();
        if (List.of(args).contains("--footprint")) {
            measureFootprint(home, List.of(args).contains("--demo-data"));
            System.exit(0);
        }
        PlatformSettings settings;
        try {
            settings = PlatformSettings.fromEnvironment(home, System.getenv());
        } catch (LaunchException e) {
            System.err.println("✗ " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("South-South Volunteer Partnership Network: starting (data in " + settings.dataDir() + ")");
        Platform platform = Platform.prepare(settings, System.out::println);
        CountDownLatch stopped = new CountDownLatch(1);
        // Registered before anything starts, so Ctrl-C during start-up also leaves nothing running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping: gateway, services, then infrastructure…");
            platform.close();
            System.out.println("Stopped. Nothing left running.");
            stopped.countDown();
        }));
        try {
            platform.start();
        } catch (LaunchException e) {
            System.err.println("✗ " + e.getMessage());
            System.exit(1);
            return;
        }
        String gateway = platform.gatewayUrl();
        if (List.of(args).contains("--demo-data")) {
            DemoData.load(home, gateway, platform.admin());
        }
        System.out.println();
        System.out.println("Ready.");
        System.out.println("  API (gateway)   " + gateway + "/api/v1/");
        System.out.println("  OpenAPI         " + gateway + "/openapi   (YAML: " + gateway + "/openapi?format=yaml)");
        System.out.println("  Swagger UI      " + gateway + "/swagger-ui/");
        System.out.println("  Dashboard       " + gateway + "/dashboard/");
        System.out.println("  Health          " + platform.gatewayManagementUrl()
                + "/q/health/ready   (metrics: /q/metrics; management port, not public)");
        System.out.println("  Webhooks        " + gateway
                + "/api/v1/webhooks/subscriptions   (local run: http and loopback targets "
                + "accepted, webhook.local-run.allow-loopback=true)");
        System.out.println("  Token           " + platform.admin().tokenCommand(gateway));
        System.out.println("                  then send it as: Authorization: Bearer <access_token>");
        System.out.println("  Logs            " + platform.logDir());
        System.out.println("Press Ctrl-C to stop everything.");
        stopped.await();
    }

    private static void measureFootprint(Path home, boolean demoData) {
        try {
            Footprint.measure(home, System.getenv(), demoData, System.out);
        } catch (LaunchException e) {
            System.err.println("✗ " + e.getMessage());
            System.exit(1);
        }
    }
}
