package org.southsouth.events.event;

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

    /** The country participants travel to: the venue's, none for an online event (nobody travels to it). */
    public String venueCountry() {
        return venueCountry(country, online);
    }

    public static String venueCountry(String country, boolean online) {
        return online ? null : country;
    }
}
