package org.southsouth.failure;

import java.util.List;
import java.util.Set;

/** A status change the record's life cycle does not allow; the field it concerns is {@code status}. */
public final class InvalidTransition extends DomainFailure {

    public InvalidTransition(String what, Enum<?> from, Enum<?> to, Set<? extends Enum<?>> allowed) {
        this(what + " cannot go from " + from + " to " + to + "; allowed from " + from + ": "
                + (allowed.isEmpty() ? "none" : allowed));
    }

    private InvalidTransition(String detail) {
        super(detail, List.of(new RefusedField("status", detail)));
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_TRANSITION;
    }
}
