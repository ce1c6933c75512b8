package org.southsouth.events.knowledge;

import org.southsouth.reference.UndpRegion;

/**
 * The UNDP regional grouping as the network's good-practice records (knowledge products) spell it; their API keeps
 * this spelling, and {@link #of} maps the shared {@link UndpRegion} to it.
 */
public enum Region {
    ASIA_PACIFIC,
    AFRICA,
    ARAB_STATES,
    LATIN_AMERICA_CARIBBEAN,
    EUROPE_CENTRAL_ASIA;

    /** The knowledge products' spelling of {@code region}. */
    public static Region of(UndpRegion region) {
        return switch (region) {
            case AFRICA -> AFRICA;
            case ARAB_STATES -> ARAB_STATES;
            case ASIA_AND_THE_PACIFIC -> ASIA_PACIFIC;
            case EUROPE_AND_CENTRAL_ASIA -> EUROPE_CENTRAL_ASIA;
            case LATIN_AMERICA_AND_THE_CARIBBEAN -> LATIN_AMERICA_CARIBBEAN;
        };
    }
}
