package org.southsouth.partner.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Problem;

/** Problems only this service raises: updates that lost a race. */
public class PartnerProblemMappers {

    @ServerExceptionMapper
    public Response lostRace(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return respond(concurrentChange(headers), uri);
    }

    @ServerExceptionMapper
    public Response lostRace(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return respond(concurrentChange(headers), uri);
    }

    /** With If-Match the client named a version that is no longer current: 412; without, a plain conflict. */
    private static ApiProblem concurrentChange(HttpHeaders headers) {
        String detail =
                "Another request changed this resource at the same time; read it again and reapply your change.";
        return headers.getHeaderString(HttpHeaders.IF_MATCH) != null
                ? ApiProblem.preconditionFailed(detail)
                : ApiProblem.conflict(detail);
    }

    private static Response respond(ApiProblem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toProblem(uri.getPath()))
                .build();
    }
}
