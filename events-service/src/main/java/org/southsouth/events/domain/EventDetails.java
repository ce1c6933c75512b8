package org.southsouth.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything about an event its organizers write; the lifecycle and bookkeeping live in {@link ExchangeEvent}. */
public record EventDetails(
        EventKind kind,
        String title,
        String description,
        UUID hostOrganizationId,
        List<UUID> partnerOrganizationIds,
        String country,
        String city,
        boolean online,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        Integer capacity,
        List<String> languages,
        List<Integer> sdgs,
        DelegationVisit delegationVisit,
        ExpertMission expertMission,
        List<AgendaSession> agenda) {
}
