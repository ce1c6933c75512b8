package org.southsouth.webhook.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.ProblemMappers;

/** A subscription changed by two requests at once: the later one loses with 412 (If-Match sent) or 409. */
public class WebhookProblemMappers {

    @ServerExceptionMapper
    public Response lostRace(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(concurrentChange(headers), uri);
    }

    @ServerExceptionMapper
    public Response lostRace(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return ProblemMappers.respond(concurrentChange(headers), uri);
    }

    private static ApiProblem concurrentChange(HttpHeaders headers) {
        String detail =
                "Another request changed this subscription at the same time; read it again and reapply your change.";
        return headers.getHeaderString(HttpHeaders.IF_MATCH) != null
                ? ApiProblem.preconditionFailed(detail)
                : ApiProblem.conflict(detail);
    }
}
