package org.southsouth.events.event;

import java.time.Instant;
import java.util.UUID;

/** Filters of the event list; null means "any". {@code organizationId} matches the host or a partner. */
public record EventFilter(
        EventKind kind,
        EventStatus status,
        String country,
        Integer sdg,
        UUID hostOrganizationId,
        UUID organizationId,
        Boolean online,
        String language,
        Integer year,
        Instant startsFrom,
        Instant startsBefore,
        Instant updatedSince) {}
