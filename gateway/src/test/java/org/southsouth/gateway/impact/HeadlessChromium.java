package org.southsouth.gateway.impact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium, run headless with a fresh profile: loads a page, lets its scripts run, and returns the DOM.
 * Installs chromium with apt-get when it is missing; only when that fails do the tests that need it skip.
 */
final class HeadlessChromium {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private HeadlessChromium() {}

    static Path require() {
        Optional<Path> found = find();
        if (found.isPresent()) {
            return found.get();
        }
        String output = install();
        found = find();
        Assumptions.assumeTrue(
                found.isPresent(), "chromium is not installed and 'apt-get install -y chromium' failed: " + output);
        return found.get();
    }

    /** The DOM after the page's scripts ran (virtual time lets timers and fetches finish before the dump). */
    static String dumpDom(Path chromium, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        try {
            List<String> command = new ArrayList<>(List.of(
                    chromium.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile,
                    "--virtual-time-budget=20000",
                    "--dump-dom",
                    url));
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] dom = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("chromium did not finish within 60 s");
            }
            return new String(dom, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Optional<Path> find() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private static String install() {
        try {
            Process process = new ProcessBuilder("apt-get", "install", "-y", "chromium")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return "apt-get did not finish within 15 minutes";
            }
            return output.length() > 2000 ? output.substring(output.length() - 2000) : output;
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }
}
