package org.southsouth.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * What a process holds in memory, as Linux reports it in {@code /proc}: resident set size, and the proportional set
 * size of a process tree (each shared page split between its sharers, so a server's processes add up honestly).
 */
final class ProcessMemory {

    private ProcessMemory() {}

    /** {@code VmRSS} of {@code /proc/<pid>/status} in bytes; empty once the process is gone or off Linux. */
    static OptionalLong residentBytes(long pid) {
        return kilobytes(Path.of("/proc", String.valueOf(pid), "status"), "VmRSS:");
    }

    /** The sum of {@code Pss} of {@code process} and all its descendants, in bytes. */
    static OptionalLong proportionalBytesOfTree(ProcessHandle process) {
        long total = 0;
        boolean any = false;
        for (ProcessHandle member :
                (Iterable<ProcessHandle>) Stream.concat(Stream.of(process), process.descendants())::iterator) {
            OptionalLong pss = kilobytes(Path.of("/proc", String.valueOf(member.pid()), "smaps_rollup"), "Pss:");
            if (pss.isPresent()) {
                total += pss.getAsLong();
                any = true;
            }
        }
        return any ? OptionalLong.of(total) : OptionalLong.empty();
    }

    private static OptionalLong kilobytes(Path file, String field) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(field))
                    .mapToLong(line -> Long.parseLong(line.substring(field.length())
                                    .replace("kB", "")
                                    .strip())
                            * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
