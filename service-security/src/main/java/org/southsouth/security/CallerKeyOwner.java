package org.southsouth.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.rest.idempotency.IdempotencyKeyOwner;

/** Idempotency-Keys belong to the client the verified token speaks for. */
@ApplicationScoped
public class CallerKeyOwner implements IdempotencyKeyOwner {

    @Inject
    Caller caller;

    @Override
    public String current() {
        return caller.clientId();
    }
}
