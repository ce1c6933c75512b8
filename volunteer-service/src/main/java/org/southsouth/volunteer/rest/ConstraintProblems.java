package org.southsouth.volunteer.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.DomainProblems;
import org.southsouth.rest.Problem;
import org.southsouth.volunteer.application.ApplicationService;
import org.southsouth.volunteer.deployment.DeploymentOverlap;
import org.southsouth.volunteer.volunteer.DuplicateEmail;

/**
 * When two requests race past the service's checks, the database constraint decides; the loser gets the same
 * problem the check would have given. Any other constraint is a bug and stays a 500.
 */
public class ConstraintProblems {

    private static final Map<String, StateConflict> KNOWN = Map.of(
            DuplicateEmail.CONSTRAINT, DuplicateEmail.conflict(),
            DeploymentOverlap.CONSTRAINT, DeploymentOverlap.conflict(),
            ApplicationService.LIVE_CONSTRAINT, ApplicationService.duplicate());

    @ServerExceptionMapper
    public Response constraintViolated(ConstraintViolationException e, UriInfo uri) {
        ApiProblem problem = DomainProblems.of(KNOWN.entrySet().stream()
                .filter(known -> known.getKey().equals(e.getConstraintName())
                        || String.valueOf(e.getSQLException().getMessage()).contains(known.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> e));
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toProblem(uri.getPath()))
                .build();
    }
}
