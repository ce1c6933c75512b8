package org.southsouth.launcher;

/** How a child process ended, in words: a JVM killed by a signal exits with 128 plus the signal's number. */
final class ExitCode {

    private static final int SIGNALLED = 128;

    private ExitCode() {}

    static String describe(int code) {
        return switch (code) {
            case SIGNALLED + 9 -> "killed by SIGKILL (exit code 137: kill -9, or the kernel's out-of-memory killer)";
            case SIGNALLED + 15 -> "stopped by SIGTERM from outside the launcher (exit code 143)";
            case SIGNALLED + 6 -> "aborted (exit code 134: SIGABRT, e.g. a JVM crash; look for hs_err_pid*.log)";
            default ->
                code > SIGNALLED && code < SIGNALLED + 65
                        ? "killed by signal " + (code - SIGNALLED) + " (exit code " + code + ")"
                        : "exited with code " + code;
        };
    }
}
