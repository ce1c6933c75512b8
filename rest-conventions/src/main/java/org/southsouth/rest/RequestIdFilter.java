package org.southsouth.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every request carries an {@code X-Request-Id}: the caller's when it sent a sane one, else a new one. It is
 * echoed on the response, written to the logs and stored with the events the request causes.
 */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Inject
    RequestId requestId;

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = keepOrCreate(request.getHeaderString(HEADER));
        requestId.set(id);
        MDC.put("requestId", id);
    }

    /** The caller's id when it is at most 128 characters of {@code [A-Za-z0-9._:-]}, else a new one. */
    public static String keepOrCreate(String given) {
        return given != null && SANE.matcher(given).matches() ? given : newId();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a correlation id is no secret, and
     * {@code UUID.randomUUID()} draws from the shared {@code SecureRandom} on every request.
     */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long version4 = random.nextLong() & ~0xF000L | 0x4000L;
        long ietfVariant = random.nextLong() & ~0xC000_0000_0000_0000L | 0x8000_0000_0000_0000L;
        return new UUID(version4, ietfVariant).toString();
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        if (requestId.get() != null) {
            response.getHeaders().putSingle(HEADER, requestId.get());
        }
    }
}
