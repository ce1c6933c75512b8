package org.southsouth.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A knowledge-exchange event: forum, exchange camp, capacity building, delegation visit, expert mission, webinar. */
public record ExchangeEvent(
        UUID id,
        EventKind kind,
        String title,
        UUID hostOrganizationId,
        String country,
        EventStatus status,
        Instant startsAt,
        Instant endsAt,
        Integer capacity,
        List<Integer> sdgs,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
