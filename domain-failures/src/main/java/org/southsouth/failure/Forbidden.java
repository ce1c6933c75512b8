package org.southsouth.failure;

import java.util.List;

/** The caller may see the record but not make this move (or set these fields). */
public final class Forbidden extends DomainFailure {

    public Forbidden(String detail) {
        this(detail, List.of());
    }

    public Forbidden(String detail, List<RefusedField> fields) {
        super(detail, fields);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
