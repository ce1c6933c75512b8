package org.southsouth.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * A service to run: its module (where its packaged jar is), its HTTP port, the port its health answers on (the HTTP
 * port, or the management port where {@code /q} is kept off the public one) and its environment.
 */
record ServiceSpec(String name, int port, int healthPort, Map<String, String> environment) {

    ServiceSpec(String name, int port, Map<String, String> environment) {
        this(name, port, port, environment);
    }

    Path jar(Path home) {
        return home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String url() {
        return "http://localhost:" + port;
    }

    String readinessUrl() {
        return "http://localhost:" + healthPort + "/q/health/ready";
    }

    String metricsUrl() {
        return "http://localhost:" + healthPort + "/q/metrics";
    }
}
