package org.southsouth.rest;

import java.util.List;
import org.southsouth.failure.DomainFailure;
import org.southsouth.failure.RuleRefused;

/**
 * The one mapping from a domain failure to the RFC 9457 problem the client gets: status, type, title, the detail and
 * the fields the failure names. {@link ProblemMappers} answers a request with it and a batch answers each failed item
 * with it, so an item's problem is its single request's.
 */
public final class DomainProblems {

    private DomainProblems() {}

    public static ApiProblem of(DomainFailure failure) {
        List<Problem.FieldError> fields = failure.fields().stream()
                .map(f -> new Problem.FieldError(f.field(), f.message()))
                .toList();
        String detail = failure.detail();
        return switch (failure.kind()) {
            case NOT_FOUND -> new ApiProblem(404, "not-found", "Resource not found", detail, fields);
            case FORBIDDEN -> new ApiProblem(403, "forbidden", "Not allowed", detail, fields);
            case INVALID_INPUT -> new ApiProblem(400, "validation", "Request is not valid", detail, fields);
            case MALFORMED_INPUT -> new ApiProblem(400, "bad-request", "Request is not valid", detail, fields);
            case STATE_CONFLICT -> new ApiProblem(409, "conflict", "Conflicts with the current state", detail, fields);
            case INVALID_TRANSITION ->
                new ApiProblem(409, "invalid-transition", "Status change not allowed", detail, fields);
            case STALE_VERSION -> new ApiProblem(412, "precondition-failed", "Precondition failed", detail, fields);
            case RULE_REFUSED ->
                new ApiProblem(422, ((RuleRefused) failure).rule(), "Request cannot be processed", detail, fields);
            case EXPIRED_CURSOR -> new ApiProblem(410, "cursor-expired", "Cursor expired", detail, fields);
        };
    }
}
