package org.southsouth.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.southsouth.failure.StaleVersion;

/**
 * Entity tags from an aggregate's version, and the {@code If-Match} rule: an update whose {@code If-Match}
 * names another version is refused ({@code StaleVersion}, answered 412) and changes nothing. {@code If-Match: *} and
 * no header pass. A resource answers a record with its version as the {@code ETag} ({@link #ok}, {@link #created}).
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** 200 with the record's view, tagged with the record's version. */
    public static Response ok(Object view, long version) {
        return Response.ok(view).tag(of(version)).build();
    }

    /** 201 with the new record's location and view, tagged with its version. */
    public static Response created(URI location, Object view, long version) {
        return Response.created(location).tag(of(version)).entity(view).build();
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return;
            }
        }
        throw new StaleVersion("If-Match " + ifMatch.strip() + " does not match the current version " + current
                + "; read the resource again and reapply your change.");
    }
}
