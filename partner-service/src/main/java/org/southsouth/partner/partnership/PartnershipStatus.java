package org.southsouth.partner.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of an agreement: drafted, signed, in force, renewed (any number of times), closed. A draft or a signed
 * agreement that never comes into force may be closed too.
 */
public enum PartnershipStatus {
    DRAFT,
    SIGNED,
    ACTIVE,
    RENEWED,
    CLOSED;

    public Set<PartnershipStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SIGNED, CLOSED);
            case SIGNED -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE, RENEWED -> EnumSet.of(RENEWED, CLOSED);
            case CLOSED -> EnumSet.noneOf(PartnershipStatus.class);
        };
    }

    public boolean canBecome(PartnershipStatus target) {
        return next().contains(target);
    }

    /** In force: the parties are connected through it. */
    public boolean inForce() {
        return this == ACTIVE || this == RENEWED;
    }
}
