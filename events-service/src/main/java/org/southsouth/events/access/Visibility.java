package org.southsouth.events.access;

import java.util.UUID;

/**
 * Which unpublished records (draft events, knowledge products not yet published) a caller may see besides the
 * published ones: all of them (network staff), those of its own organization (a partner), or none.
 *
 * @param organizationId whose unpublished records are visible; null with {@code everything} false means none
 */
public record Visibility(boolean everything, UUID organizationId) {

    public static final Visibility EVERYTHING = new Visibility(true, null);

    public static Visibility publishedAndOwn(UUID organizationId) {
        return new Visibility(false, organizationId);
    }
}
