package org.southsouth.contracts;

/** A record that can never be processed, whatever the retries: it goes to the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
