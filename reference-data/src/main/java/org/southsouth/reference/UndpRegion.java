package org.southsouth.reference;

/**
 * The UNDP regional grouping the network's seed documents use, spelled as every API spells it (events-service's
 * knowledge products keep their own older spelling and map to this one); countries UNDP does not group have none.
 */
public enum UndpRegion {
    AFRICA("Africa"),
    ARAB_STATES("Arab States"),
    ASIA_AND_THE_PACIFIC("Asia and the Pacific"),
    EUROPE_AND_CENTRAL_ASIA("Europe and Central Asia"),
    LATIN_AMERICA_AND_THE_CARIBBEAN("Latin America and the Caribbean");

    private final String label;

    UndpRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
