package org.southsouth.volunteer.domain;

/** The UNDP regional grouping, named as partner-service names it; table undp_region_country maps countries to it. */
public enum UndpRegion {
    AFRICA, ARAB_STATES, ASIA_AND_THE_PACIFIC, EUROPE_AND_CENTRAL_ASIA, LATIN_AMERICA_AND_THE_CARIBBEAN
}
