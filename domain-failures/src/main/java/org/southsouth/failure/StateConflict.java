package org.southsouth.failure;

import java.util.List;

/** The move conflicts with the record's current state, another record, or a concurrent change. */
public final class StateConflict extends DomainFailure {

    public StateConflict(String detail) {
        super(detail, List.of());
    }

    @Override
    public Kind kind() {
        return Kind.STATE_CONFLICT;
    }
}
