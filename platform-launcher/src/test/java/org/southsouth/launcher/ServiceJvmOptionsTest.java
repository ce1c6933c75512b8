package org.southsouth.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceJvmOptionsTest {

    private static final String TRIM = "-XX:TrimNativeHeapInterval";

    @Test
    void theHeapIsCappedStartsSmallAndIsCollectedSerially() {
        String options = ServiceJvmOptions.defaults(Runtime.Version.parse("17.0.15"));

        assertTrue(options.contains("-Xmx256m"), options);
        assertTrue(options.contains("-Xms32m"), options);
        assertTrue(options.contains("-XX:+UseSerialGC"), options);
    }

    @Test
    void nativeMemoryIsTrimmedOnJdksThatKnowTheOption() {
        assertTrue(ServiceJvmOptions.defaults(Runtime.Version.parse("17.0.9")).contains(TRIM));
        assertTrue(ServiceJvmOptions.defaults(Runtime.Version.parse("21.0.1")).contains(TRIM));
        assertTrue(ServiceJvmOptions.defaults(Runtime.Version.parse("25")).contains(TRIM));
    }

    @Test
    void jdksThatWouldRefuseToStartOnTheOptionDoNotGetIt() {
        assertFalse(ServiceJvmOptions.defaults(Runtime.Version.parse("17.0.8")).contains(TRIM));
        assertFalse(ServiceJvmOptions.defaults(Runtime.Version.parse("19.0.2")).contains(TRIM));
        assertFalse(ServiceJvmOptions.defaults(Runtime.Version.parse("21")).contains(TRIM));
    }

    @Test
    void theJdkRunningTheLauncherAcceptsItsDefaults() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(ServiceJvmOptions.defaults().split(" ")));
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());

        assertEquals(0, java.waitFor(), output);
    }
}
