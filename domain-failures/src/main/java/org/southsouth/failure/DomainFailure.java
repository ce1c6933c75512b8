package org.southsouth.failure;

import java.util.List;

/**
 * What a use case refused, said in domain terms, with the fields it concerns; nothing was changed. The service layer
 * throws these; the edge (rest-conventions' {@code DomainProblems}) maps each kind to the one problem a client gets,
 * for a single request and for a batch item alike, by its {@link Kind}.
 */
public abstract sealed class DomainFailure extends RuntimeException
        permits NotFound,
                Forbidden,
                InvalidInput,
                MalformedInput,
                StateConflict,
                InvalidTransition,
                StaleVersion,
                RuleRefused,
                ExpiredCursor {

    /** The kinds of refusal; the edge maps each to one problem. */
    public enum Kind {
        NOT_FOUND,
        FORBIDDEN,
        INVALID_INPUT,
        MALFORMED_INPUT,
        STATE_CONFLICT,
        INVALID_TRANSITION,
        STALE_VERSION,
        RULE_REFUSED,
        EXPIRED_CURSOR
    }

    private final List<RefusedField> fields;

    protected DomainFailure(String detail, List<RefusedField> fields) {
        super(detail);
        this.fields = List.copyOf(fields);
    }

    public abstract Kind kind();

    /** What went wrong, in words the caller can act on. */
    public String detail() {
        return getMessage();
    }

    /** The fields the refusal concerns, in the order they were found; empty when it concerns none. */
    public List<RefusedField> fields() {
        return fields;
    }
}
