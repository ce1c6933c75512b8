package org.southsouth.failure;

import java.util.List;

/** The record does not exist, or is out of the caller's reach (which the caller must not tell apart). */
public final class NotFound extends DomainFailure {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist", List.of());
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
