package org.southsouth.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.ProblemMappers;

/**
 * Security failures as problem+json like every other error. Authentication is lazy (not proactive) so that these
 * failures reach the REST layer instead of ending as an empty 401 from the HTTP layer.
 */
public class SecurityProblemMappers {

    private static final String CHALLENGE = "Bearer realm=\"southsouth\"";

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return challenge(
                new ApiProblem(
                        401,
                        "unauthenticated",
                        "Authentication required",
                        "Send the gateway's access token as 'Authorization: Bearer <token>'.",
                        List.of()),
                uri,
                CHALLENGE);
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e, UriInfo uri) {
        return challenge(
                new ApiProblem(
                        401,
                        "invalid-token",
                        "Invalid access token",
                        "The access token is not valid here: expired, not signed by the gateway, or for another audience.",
                        List.of()),
                uri,
                CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemMappers.respond(ApiProblem.forbidden("Your roles may not make this call."), uri);
    }

    private static Response challenge(ApiProblem problem, UriInfo uri, String challenge) {
        return Response.fromResponse(ProblemMappers.respond(problem, uri))
                .header("WWW-Authenticate", challenge)
                .build();
    }
}
