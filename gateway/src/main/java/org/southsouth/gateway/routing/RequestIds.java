package org.southsouth.gateway.routing;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.ext.web.RoutingContext;
import org.southsouth.rest.RequestIdFilter;

/**
 * First step for every proxied request: holds the body back until the request is forwarded, and fixes its
 * {@code X-Request-Id} (the caller's, never overwritten, else a new one), which every answer echoes.
 */
@ApplicationScoped
public class RequestIds {

    public static final String KEY = RequestIdFilter.HEADER;

    public void assign(RoutingContext ctx) {
        ctx.request().pause();
        String id = Optional.ofNullable(ctx.request().getHeader(RequestIdFilter.HEADER)).orElseGet(() -> UUID.randomUUID().toString());
        ctx.put(KEY, id);
        ctx.response().putHeader(RequestIdFilter.HEADER, id);
        ctx.next();
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
