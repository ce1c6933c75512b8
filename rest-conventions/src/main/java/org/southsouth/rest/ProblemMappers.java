package org.southsouth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.southsouth.failure.DomainFailure;
import org.southsouth.failure.InvalidInput;

/**
 * Turns every failure into RFC 9457 problem+json: the client's mistakes into 4xx with what to fix, a store that
 * cannot be reached into a 503 with {@code Retry-After}, anything else into a 500 that reveals no internals.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response domainFailure(DomainFailure failure, UriInfo uri) {
        return respond(DomainProblems.of(failure), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        return respond(invalid(e.getConstraintViolations()), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(JsonProblems.of(e), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.of(e), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ApiProblem problem) {
            return respond(problem, uri);
        }
        if (e.getCause() instanceof DomainFailure failure) {
            return respond(DomainProblems.of(failure), uri);
        }
        // The JSON reader wraps what it cannot read (other than a mismatched input) into a plain 400.
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return respond(JsonProblems.of(unreadable), uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(new ApiProblem(status, "http-" + status, title, e.getMessage(), List.of()), uri);
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Optional<ApiProblem> refused = StoreRefusals.of(e);
        if (refused.isPresent()) {
            LOG.warnf("A store refused a request on %s: %s", uri.getPath(), e);
            return respond(refused.get(), uri);
        }
        Optional<ApiProblem> outage = StoreOutages.of(e);
        if (outage.isPresent()) {
            LOG.warnf("A store could not be reached on %s: %s", uri.getPath(), e);
            return Response.fromResponse(respond(outage.get(), uri))
                    .header(HttpHeaders.RETRY_AFTER, StoreOutages.retryAfterSeconds())
                    .build();
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(
                new ApiProblem(
                        500,
                        "internal",
                        "Internal error",
                        "The request could not be completed; it has been logged.",
                        List.of()),
                uri);
    }

    /**
     * What a failure tells the client, as the mappers answer it for a whole request (a batch answers each item's
     * failure so); empty for a failure the client did not cause.
     */
    public static Optional<ApiProblem> clientCaused(Throwable e) {
        if (e instanceof ApiProblem problem) {
            return Optional.of(problem);
        }
        if (e instanceof DomainFailure failure) {
            return Optional.of(DomainProblems.of(failure));
        }
        if (e instanceof ConstraintViolationException violation) {
            return Optional.of(invalid(violation.getConstraintViolations()));
        }
        if (e instanceof JsonProcessingException unreadable) {
            return Optional.of(JsonProblems.of(unreadable));
        }
        return StoreRefusals.of(e);
    }

    /**
     * What a failure that is not a bug tells the client: what {@link #clientCaused} finds, or a 503 for a store that
     * cannot be reached; empty for a failure to log.
     */
    public static Optional<ApiProblem> expectedFailure(Throwable e) {
        Optional<ApiProblem> clientCaused = clientCaused(e);
        return clientCaused.isPresent() ? clientCaused : StoreOutages.of(e);
    }

    /** A 400 naming each field that failed validation. */
    public static ApiProblem invalid(Set<? extends ConstraintViolation<?>> violations) {
        return DomainProblems.of(InvalidInput.of(RefusedFields.of(violations)));
    }

    public static Response respond(ApiProblem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toProblem(uri == null ? null : uri.getPath()))
                .build();
    }
}
