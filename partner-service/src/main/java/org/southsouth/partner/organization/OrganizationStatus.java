package org.southsouth.partner.organization;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an organization stands in the network. A prospect joins (ACTIVE) or is dropped (INACTIVE); a member
 * leaves (INACTIVE) and may rejoin (ACTIVE). Nobody becomes a prospect again.
 */
public enum OrganizationStatus {
    PROSPECT,
    ACTIVE,
    INACTIVE;

    public Set<OrganizationStatus> next() {
        return switch (this) {
            case PROSPECT -> EnumSet.of(ACTIVE, INACTIVE);
            case ACTIVE -> EnumSet.of(INACTIVE);
            case INACTIVE -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canBecome(OrganizationStatus target) {
        return next().contains(target);
    }
}
