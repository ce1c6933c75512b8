package org.southsouth.backbone.postgres;

/** The outbox could not be read or written. */
public class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
