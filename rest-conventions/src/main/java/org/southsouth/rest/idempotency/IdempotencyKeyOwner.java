package org.southsouth.rest.idempotency;

/**
 * Whose Idempotency-Keys a request uses. Keys of different owners never meet, so a stored response is replayed only
 * to the client that caused it, never to another client that happens to send the same key and body.
 */
public interface IdempotencyKeyOwner {

    /** The owner of the current request's key, e.g. the authenticated client's id. */
    String current();
}
