package org.southsouth.volunteer.volunteer;

/**
 * How a volunteer scores against a need; the same weights rank in SQL and explain in the response.
 * <ul>
 * <li>{@value #PER_SKILL} points for each requested skill the volunteer has;</li>
 * <li>{@value #PER_LANGUAGE} points for each requested language spoken at the requested level or above;</li>
 * <li>{@value #AVAILABLE} points when one availability window covers the whole period;</li>
 * <li>{@value #FREE} points when no deployment (not cancelled) overlaps the period;</li>
 * <li>{@value #COUNTRY_EXPERIENCE} points for having served a deployment or attended an event in the country.</li>
 * </ul>
 * Higher scores rank first; equal scores rank by volunteer id.
 */
public final class MatchScoring {

    public static final int PER_SKILL = 10;
    public static final int PER_LANGUAGE = 10;
    public static final int AVAILABLE = 20;
    public static final int FREE = 20;
    public static final int COUNTRY_EXPERIENCE = 5;

    private MatchScoring() {}

    public static int score(
            int skillsMatched, int languagesMatched, boolean available, boolean free, boolean countryExperience) {
        return PER_SKILL * skillsMatched
                + PER_LANGUAGE * languagesMatched
                + (available ? AVAILABLE : 0)
                + (free ? FREE : 0)
                + (countryExperience ? COUNTRY_EXPERIENCE : 0);
    }
}
