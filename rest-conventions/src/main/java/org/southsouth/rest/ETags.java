package org.southsouth.rest;

import jakarta.ws.rs.core.EntityTag;
import org.southsouth.failure.StaleVersion;

/**
 * Entity tags from an aggregate's version, and the {@code If-Match} rule: an update whose {@code If-Match}
 * names another version is refused ({@code StaleVersion}, answered 412) and changes nothing. {@code If-Match: *} and no header pass.
 */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
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
