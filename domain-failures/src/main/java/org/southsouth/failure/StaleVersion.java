package org.southsouth.failure;

import java.util.List;

/** The record changed since the version the caller's change was based on; read it again and retry. */
public final class StaleVersion extends DomainFailure {

    public StaleVersion(String detail) {
        super(detail, List.of());
    }

    @Override
    public Kind kind() {
        return Kind.STALE_VERSION;
    }
}
