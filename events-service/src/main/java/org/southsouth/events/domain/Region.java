package org.southsouth.events.domain;

/** The UNDP regional grouping the network's good-practice records use. */
public enum Region {
    ASIA_PACIFIC, AFRICA, ARAB_STATES, LATIN_AMERICA_CARIBBEAN, EUROPE_CENTRAL_ASIA
}
