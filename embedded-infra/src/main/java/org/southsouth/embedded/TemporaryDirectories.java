package org.southsouth.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary data directories that are deleted when the JVM exits. */
final class TemporaryDirectories {

    private TemporaryDirectories() {}

    static Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory("southsouth-" + prefix + "-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: the directory is temporary and the JVM is exiting.
        }
    }
}
