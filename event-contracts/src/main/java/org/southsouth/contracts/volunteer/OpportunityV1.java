package org.southsouth.contracts.volunteer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.Nullable;

/**
 * An opportunity (an assignment a host organization asks volunteers for) after a change, version 1. A DRAFT is
 * seen by its host and sending organization only ({@code visibleToNetwork} false); once published, by everyone.
 */
public record OpportunityV1(
        UUID id,
        String title,
        UUID hostOrganizationId,
        @Nullable UUID sendingOrganizationId,
        String programme,
        String country,
        @Nullable String city,
        boolean remote,
        LocalDate startFrom,
        LocalDate startTo,
        int durationMonthsMin,
        int durationMonthsMax,
        int positions,
        int positionsFilled,
        List<OpportunitySkillV1> skills,
        List<OpportunityLanguageV1> languages,
        List<Integer> sdgs,
        LocalDate applicationDeadline,
        String status,
        Instant statusChangedAt,
        boolean visibleToNetwork,
        List<UUID> visibleToOrganizationIds,
        Instant updatedAt) {

    /** @param level BASIC, INTERMEDIATE, ADVANCED or EXPERT */
    public record OpportunitySkillV1(String code, String level, boolean required) {}

    /** @param level a CEFR level or NATIVE: the minimum asked */
    public record OpportunityLanguageV1(String code, String level) {}
}
