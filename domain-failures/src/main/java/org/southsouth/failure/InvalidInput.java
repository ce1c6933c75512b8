package org.southsouth.failure;

import java.util.List;

/** Values a rule refuses, each with its field. */
public final class InvalidInput extends DomainFailure {

    /** One refused field: the detail reads {@code field: message}. */
    public InvalidInput(String field, String message) {
        this(field + ": " + message, List.of(new RefusedField(field, message)));
    }

    public InvalidInput(String detail, List<RefusedField> fields) {
        super(detail, fields);
    }

    /** Every refused field, the detail joining them as {@code field: message; …}. */
    public static InvalidInput of(List<RefusedField> fields) {
        return new InvalidInput(
                String.join(
                        "; ",
                        fields.stream().map(f -> f.field() + ": " + f.message()).toList()),
                fields);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
