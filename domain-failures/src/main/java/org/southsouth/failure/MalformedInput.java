package org.southsouth.failure;

import java.util.List;

/** Input missing or of the wrong shape as a whole (no body, a patch that is not an object), no one field to name. */
public final class MalformedInput extends DomainFailure {

    public MalformedInput(String detail) {
        super(detail, List.of());
    }

    @Override
    public Kind kind() {
        return Kind.MALFORMED_INPUT;
    }
}
