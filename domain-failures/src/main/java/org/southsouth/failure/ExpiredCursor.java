package org.southsouth.failure;

import java.util.List;

/** A changes-feed cursor older than the journal keeps: the reader starts over without one. */
public final class ExpiredCursor extends DomainFailure {

    public ExpiredCursor(String detail) {
        super(detail, List.of());
    }

    @Override
    public Kind kind() {
        return Kind.EXPIRED_CURSOR;
    }
}
