package org.southsouth.events.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Event", description = "A knowledge-exchange event; the ETag header carries its version")
public record EventView(
        UUID id,
        EventKind kind,

        @Schema(example = "Beijing volunteer delegation to Kathmandu")
        String title,

        @Schema(nullable = true) String description,
        UUID hostOrganizationId,
        List<UUID> partnerOrganizationIds,
        @Schema(nullable = true, example = "NP") String country,
        @Schema(nullable = true, example = "Kathmandu") String city,
        boolean online,
        Instant startsAt,
        Instant endsAt,
        @Schema(example = "Asia/Kathmandu") String timeZone,

        @Schema(description = "Start in the venue's local time", example = "2026-09-01T06:45:00")
        LocalDateTime localStart,

        @Schema(description = "End in the venue's local time", example = "2026-09-05T14:45:00")
        LocalDateTime localEnd,

        @Schema(nullable = true) Integer capacity,

        @Schema(description = "Seats held by registered, attended and no-show participants")
        int seatsTaken,

        @Schema(nullable = true, description = "Seats still free; absent when capacity is unlimited")
        Integer seatsLeft,

        List<String> languages,
        List<Integer> sdgs,
        @Schema(nullable = true) EventFields.DelegationVisitFields delegationVisit,
        @Schema(nullable = true) EventFields.ExpertMissionFields expertMission,
        List<EventFields.AgendaSessionFields> agenda,
        EventStatus status,

        @Schema(description = "When the event reached its status (the step's date as given, else when it was made)")
        Instant statusChangedAt,

        @Schema(description = "Version of the event, as in the ETag")
        long version,

        Instant createdAt,
        Instant updatedAt) {

    public static EventView of(ExchangeEvent e) {
        EventDetails d = e.details();
        EventFields f = EventFields.of(d);
        ZoneId zone = ZoneId.of(d.timeZone());
        return new EventView(
                e.id(),
                d.kind(),
                d.title(),
                d.description(),
                d.hostOrganizationId(),
                d.partnerOrganizationIds(),
                d.country(),
                d.city(),
                d.online(),
                d.startsAt(),
                d.endsAt(),
                d.timeZone(),
                LocalDateTime.ofInstant(d.startsAt(), zone),
                LocalDateTime.ofInstant(d.endsAt(), zone),
                d.capacity(),
                e.seatsTaken(),
                e.seatsLeft(),
                d.languages(),
                d.sdgs(),
                f.delegationVisit(),
                f.expertMission(),
                f.agenda(),
                e.status(),
                e.statusChangedAt(),
                e.version(),
                e.createdAt(),
                e.updatedAt());
    }
}
