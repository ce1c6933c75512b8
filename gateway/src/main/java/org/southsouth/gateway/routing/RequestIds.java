package org.southsouth.gateway.routing;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.southsouth.rest.RequestIdFilter;

/**
 * First step for every request the gateway answers: fixes its {@code X-Request-Id} (the caller's when sane, else a
 * new one), passes it on to whatever answers (a service or the gateway's own resources) and puts exactly one copy on
 * the answer, whoever else set one on the way.
 */
@Singleton
public class RequestIds {

    public static final String KEY = RequestIdFilter.HEADER;

    public void assign(RoutingContext ctx) {
        String id = RequestIdFilter.keepOrCreate(ctx.request().getHeader(RequestIdFilter.HEADER));
        ctx.put(KEY, id);
        ctx.request().headers().set(RequestIdFilter.HEADER, id);
        ctx.addHeadersEndHandler(end -> ctx.response().headers().set(RequestIdFilter.HEADER, id));
        ctx.next();
    }

    public static String of(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
