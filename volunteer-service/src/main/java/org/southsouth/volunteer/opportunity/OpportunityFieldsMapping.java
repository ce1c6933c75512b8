package org.southsouth.volunteer.opportunity;

import java.util.Comparator;
import java.util.stream.Collectors;
import org.southsouth.volunteer.volunteer.LanguageEntry;
import org.southsouth.volunteer.volunteer.SpokenLanguage;

/** Copies an opportunity's fields between the entity and the document clients write (and merge patches apply to). */
public final class OpportunityFieldsMapping {

    private OpportunityFieldsMapping() {}

    public static OpportunityFields of(Opportunity o) {
        return new OpportunityFields(
                o.title,
                o.titleTranslations,
                o.description,
                o.descriptionTranslations,
                o.hostOrganizationId,
                o.sendingOrganizationId,
                o.programme,
                o.country,
                o.city,
                o.remote,
                o.startFrom,
                o.startTo,
                o.durationMonthsMin,
                o.durationMonthsMax,
                o.positions,
                o.hostProvides,
                o.applicationDeadline,
                o.skills.stream()
                        .sorted(Comparator.comparing(OpportunitySkill::code))
                        .map(s -> new SkillNeed(s.code(), s.level(), s.required()))
                        .toList(),
                o.languages.stream()
                        .sorted(Comparator.comparing(SpokenLanguage::code))
                        .map(l -> new LanguageEntry(l.code(), l.level()))
                        .toList(),
                o.sdgs.stream().sorted().toList());
    }

    public static void copy(OpportunityFields fields, Opportunity o) {
        o.title = fields.title().strip();
        o.titleTranslations.clear();
        o.titleTranslations.putAll(fields.titleTranslations());
        o.description = fields.description().strip();
        o.descriptionTranslations.clear();
        o.descriptionTranslations.putAll(fields.descriptionTranslations());
        o.hostOrganizationId = fields.hostOrganizationId();
        o.sendingOrganizationId = fields.sendingOrganizationId();
        o.programme = fields.programme();
        o.country = fields.country();
        o.city = fields.city();
        o.remote = fields.remote();
        o.startFrom = fields.startFrom();
        o.startTo = fields.startTo();
        o.durationMonthsMin = fields.durationMonthsMin();
        o.durationMonthsMax = fields.durationMonthsMax();
        o.positions = fields.positions();
        o.hostProvides = fields.hostProvides();
        o.applicationDeadline = fields.applicationDeadline();
        o.skills.clear();
        o.skills.addAll(fields.skills().stream()
                .map(s -> new OpportunitySkill(s.code(), s.level(), s.required()))
                .collect(Collectors.toSet()));
        o.languages.clear();
        o.languages.addAll(fields.languages().stream()
                .map(l -> new SpokenLanguage(l.code(), l.level()))
                .collect(Collectors.toSet()));
        o.sdgs.clear();
        o.sdgs.addAll(fields.sdgs());
    }
}
