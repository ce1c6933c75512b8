package org.southsouth.reference;

/** The UN Sustainable Development Goals, numbered 1 to {@link #GOALS}: what every API accepts as an SDG goal. */
public final class Sdgs {

    /** How many goals there are, and so the number of the last one. */
    public static final int GOALS = 17;

    private Sdgs() {}
}
