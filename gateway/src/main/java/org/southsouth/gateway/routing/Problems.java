package org.southsouth.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.southsouth.rest.ApiProblem;
import org.southsouth.rest.Problem;

/** Answers a request handled on the Vert.x router with an RFC 9457 problem. */
@ApplicationScoped
public class Problems {

    @Inject
    ObjectMapper json;

    public void send(RoutingContext ctx, ApiProblem problem, Map<String, String> headers) {
        HttpServerResponse out =
                ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(out::putHeader);
        try {
            out.end(json.writeValueAsString(problem.toProblem(ctx.request().path())));
        } catch (JsonProcessingException e) {
            out.end();
        }
    }
}
