package org.southsouth.volunteer.opportunity;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.southsouth.contracts.volunteer.OpportunityV1;
import org.southsouth.volunteer.volunteer.SpokenLanguage;

public final class OpportunityPayloads {

    private OpportunityPayloads() {}

    public static OpportunityV1 of(Opportunity o) {
        List<UUID> organizations = Stream.of(o.hostOrganizationId, o.sendingOrganizationId)
                .filter(id -> id != null)
                .distinct()
                .toList();
        return new OpportunityV1(
                o.id,
                o.title,
                o.hostOrganizationId,
                o.sendingOrganizationId,
                o.programme.name(),
                o.country,
                o.city,
                o.remote,
                o.startFrom,
                o.startTo,
                o.durationMonthsMin,
                o.durationMonthsMax,
                o.positions,
                o.positionsFilled,
                o.skills.stream()
                        .sorted(Comparator.comparing(OpportunitySkill::code))
                        .map(s -> new OpportunityV1.OpportunitySkillV1(
                                s.code(), s.level().name(), s.required()))
                        .toList(),
                o.languages.stream()
                        .sorted(Comparator.comparing(SpokenLanguage::code))
                        .map(l -> new OpportunityV1.OpportunityLanguageV1(
                                l.code(), l.level().name()))
                        .toList(),
                o.sdgs.stream().sorted().toList(),
                o.applicationDeadline,
                o.status.name(),
                o.statusChangedAt(),
                o.status != OpportunityStatus.DRAFT,
                organizations,
                o.updatedAt);
    }
}
