package org.southsouth.events.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.events.domain.EventKind;
import org.southsouth.events.domain.EventStatus;
import org.southsouth.events.domain.ExchangeEvent;

@Schema(name = "Event", description = "A knowledge-exchange event")
public record ExchangeEventView(
        UUID id,
        EventKind kind,
        @Schema(example = "South-South Volunteer Forum 2026") String title,
        UUID hostOrganizationId,
        @Schema(example = "CN") String country,
        EventStatus status,
        Instant startsAt,
        Instant endsAt,
        Integer capacity,
        List<Integer> sdgs,
        Instant createdAt,
        Instant updatedAt) {

    static ExchangeEventView of(ExchangeEvent e) {
        return new ExchangeEventView(e.id(), e.kind(), e.title(), e.hostOrganizationId(), e.country(), e.status(),
                e.startsAt(), e.endsAt(), e.capacity(), e.sdgs(), e.createdAt(), e.updatedAt());
    }
}
