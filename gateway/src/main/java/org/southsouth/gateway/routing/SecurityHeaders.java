package org.southsouth.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Security headers on every answer of the gateway, whoever wrote it (a service, the gateway's resources, its
 * static pages or a refusal): no MIME sniffing anywhere; no caching of API, admin and token answers unless the one
 * answering chose a cache policy itself, since most of them carry personal data or credentials; and the browser
 * pages (Swagger UI, the dashboard) may not be framed and load only what they ship.
 */
@Singleton
public class SecurityHeaders {

    static final String DASHBOARD_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    // Swagger UI starts from an inline script and styles some elements inline.
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    public void apply(RoutingContext ctx) {
        String path = ctx.request().path();
        ctx.addHeadersEndHandler(end -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (isPrivate(path) && !headers.contains("Cache-Control")) {
                headers.set("Cache-Control", "no-store");
            }
            String pagePolicy = pagePolicy(path);
            if (pagePolicy != null) {
                headers.set("Content-Security-Policy", pagePolicy);
                headers.set("X-Frame-Options", "DENY");
            }
        });
        ctx.next();
    }

    private static boolean isPrivate(String path) {
        return path.startsWith("/api/") || path.startsWith("/admin/") || path.startsWith("/oauth2/");
    }

    private static String pagePolicy(String path) {
        if (path.startsWith("/dashboard")) {
            return DASHBOARD_POLICY;
        }
        return path.startsWith("/swagger-ui") ? SWAGGER_UI_POLICY : null;
    }
}
