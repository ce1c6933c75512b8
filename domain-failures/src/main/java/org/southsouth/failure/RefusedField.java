package org.southsouth.failure;

/** A field a use case refused, as the client wrote it (e.g. {@code parties[1].role}), and why. */
public record RefusedField(String field, String message) {}
