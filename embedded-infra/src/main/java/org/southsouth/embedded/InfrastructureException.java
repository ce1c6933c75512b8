package org.southsouth.embedded;

/** A piece of embedded infrastructure could not start or stop; the message says which and where. */
public class InfrastructureException extends RuntimeException {

    public InfrastructureException(String message) {
        super(message);
    }

    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
