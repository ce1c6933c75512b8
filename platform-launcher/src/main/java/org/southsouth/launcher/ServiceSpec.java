package org.southsouth.launcher;

import java.nio.file.Path;
import java.util.Map;

/** A service to run: its module (where its packaged jar is), its HTTP port and its environment. */
record ServiceSpec(String name, int port, Map<String, String> environment) {

    Path jar(Path home) {
        return home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String url() {
        return "http://localhost:" + port;
    }
}
