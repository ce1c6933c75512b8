package org.southsouth.events.domain;

/**
 * The UNDP regional grouping by its names in partner-service and the impact reports; {@link Region} is the same
 * grouping as knowledge products name it.
 */
public enum UndpRegion {
    AFRICA(Region.AFRICA),
    ARAB_STATES(Region.ARAB_STATES),
    ASIA_AND_THE_PACIFIC(Region.ASIA_PACIFIC),
    EUROPE_AND_CENTRAL_ASIA(Region.EUROPE_CENTRAL_ASIA),
    LATIN_AMERICA_AND_THE_CARIBBEAN(Region.LATIN_AMERICA_CARIBBEAN);

    private final Region knowledgeRegion;

    UndpRegion(Region knowledgeRegion) {
        this.knowledgeRegion = knowledgeRegion;
    }

    public Region knowledgeRegion() {
        return knowledgeRegion;
    }
}
