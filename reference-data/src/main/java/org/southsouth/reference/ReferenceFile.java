package org.southsouth.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a semicolon-separated code list shipped in {@code reference/}; lines starting with # are comments. */
final class ReferenceFile {

    private ReferenceFile() {}

    static List<String[]> rows(String name) {
        String path = "/reference/" + name;
        InputStream in = ReferenceFile.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing reference file " + path);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + path, e);
        }
    }
}
