package org.southsouth.launcher;

/** The platform cannot start; the message says what and where, for a person to act on. */
public class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }
}
