package org.southsouth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional reads: every successful read carries an {@code ETag} (the record's version where the resource set
 * one, else a digest of the body), and a read whose {@code If-None-Match} names it answers 304 without a body, so a
 * client polling a list or a record pays for nothing when nothing changed. Such answers may be kept by the caller's
 * own cache but revalidated each time ({@code private, no-cache}) unless the resource chose its own policy; shared
 * caches keep nothing.
 */
public class ConditionalReadFilter {

    static final String IF_NONE_MATCH = "If-None-Match";
    private static final String REVALIDATE = "private, no-cache";

    @Inject
    ObjectMapper json;

    // Runs before SecurityHeadersFilter (response filters run from the highest priority down), which keeps the
    // cache policy chosen here.
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if (!isRead(request)
                || response.getStatus() != Response.Status.OK.getStatusCode()
                || response.getEntity() == null) {
            return;
        }
        EntityTag tag = response.getEntityTag();
        if (tag == null) {
            byte[] body = body(response);
            if (body == null) {
                return;
            }
            tag = new EntityTag(digest(body));
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        }
        if (matches(request.getHeaderString(IF_NONE_MATCH), tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    /** Whether an {@code If-None-Match} value names this tag, compared weakly as RFC 9110 says for it. */
    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.strip().equals("*")) {
            return true;
        }
        String opaque = "\"" + tag.getValue() + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String given = candidate.strip();
            if (given.startsWith("W/")) {
                given = given.substring(2);
            }
            if (given.equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRead(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    /**
     * The bytes the answer will carry: JSON bodies are written here once, with the application's mapper, and sent as
     * written; text as its UTF-8. Streams are left alone (no tag) rather than held in memory.
     */
    private byte[] body(ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        MediaType type = response.getMediaType();
        if (type == null || !isJson(type)) {
            return null;
        }
        byte[] written = json.writeValueAsBytes(entity);
        response.setEntity(written, response.getEntityAnnotations(), type);
        return written;
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json");
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
