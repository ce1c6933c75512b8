package org.southsouth.launcher;

/**
 * The JVM options each service runs with unless {@code SERVICE_JAVA_OPTS} says otherwise, chosen for a small idle
 * footprint (measured with {@code ./platform --footprint}): a serial collector, which needs the least memory of its
 * own; a heap that starts small, grows as needed up to 256 MB and gives back what a full collection frees; and,
 * where the JDK can (17.0.9 and later), free native memory handed back to the system every few seconds.
 */
final class ServiceJvmOptions {

    private static final String HEAP =
            "-Xmx256m -Xms32m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30";
    private static final String NATIVE_HEAP_TRIM = " -XX:TrimNativeHeapInterval=5000";

    private ServiceJvmOptions() {}

    /** The defaults for the JDK that runs the launcher, which is the one that runs the services. */
    static String defaults() {
        return defaults(Runtime.version());
    }

    static String defaults(Runtime.Version jdk) {
        return trimsNativeHeap(jdk) ? HEAP + NATIVE_HEAP_TRIM : HEAP;
    }

    /** {@code -XX:TrimNativeHeapInterval} came with JDK 22 and was backported to 17.0.9 and 21.0.1. */
    private static boolean trimsNativeHeap(Runtime.Version jdk) {
        return switch (jdk.feature()) {
            case 17 -> jdk.update() >= 9;
            case 18, 19, 20 -> false;
            case 21 -> jdk.update() >= 1;
            default -> jdk.feature() > 21;
        };
    }
}
