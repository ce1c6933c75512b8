package org.southsouth.volunteer.opportunity;

import java.util.Comparator;
import org.southsouth.volunteer.volunteer.Need;
import org.southsouth.volunteer.volunteer.SpokenLanguage;

/**
 * An opportunity as a {@link Need} for matching: its country, every skill it asks (required or desired), its languages
 * at the level asked, and the shortest assignment from the earliest start.
 */
final class OpportunityNeeds {

    private OpportunityNeeds() {}

    static Need of(Opportunity o) {
        return new Need(
                o.country,
                o.skills.stream().map(OpportunitySkill::code).sorted().toList(),
                o.languages.stream()
                        .sorted(Comparator.comparing(SpokenLanguage::code))
                        .map(l -> new Need.LanguageNeed(l.code(), l.level()))
                        .toList(),
                o.startFrom,
                o.startFrom.plusMonths(o.durationMonthsMin));
    }
}
