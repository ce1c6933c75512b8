package org.southsouth.events.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.southsouth.reference.Sdgs;

/** The fields of an event its organizers write: the body of a create, the document a merge patch applies to. */
@Schema(
        name = "EventFields",
        description = "What organizers write about an event. delegationVisit is required for (and only for) "
                + "a DELEGATION_VISIT, expertMission for an EXPERT_MISSION; country is required unless online.")
public record EventFields(
        @NotNull @Schema(required = true, example = "DELEGATION_VISIT")
        EventKind kind,

        @NotBlank @Size(max = 300) @Schema(required = true, example = "Beijing volunteer delegation to Kathmandu")
        String title,

        @Size(max = 10_000) @Schema(example = "Peer exchange on youth volunteering")
        String description,

        @NotNull @Schema(required = true, description = "Hosting organization (partner-service id)")
        UUID hostOrganizationId,

        @Size(max = 100) List<@NotNull UUID> partnerOrganizationIds,

        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") @Schema(example = "NP")
        String country,

        @Size(max = 100) @Schema(example = "Kathmandu") String city,

        @Schema(description = "Held online (then country is optional)", defaultValue = "false")
        Boolean online,

        @NotNull @Schema(required = true, example = "2026-09-01T01:00:00Z")
        Instant startsAt,

        @NotNull @Schema(required = true, example = "2026-09-05T09:00:00Z")
        Instant endsAt,

        @NotBlank
        @Size(max = 64)
        @Schema(required = true, description = "IANA time zone of the venue", example = "Asia/Kathmandu")
        String timeZone,

        @Min(1) @Max(100_000) @Schema(description = "Seats; none means unlimited", example = "20")
        Integer capacity,

        @Size(max = 20) @Schema(example = "[\"en\", \"zh\", \"ne\"]")
        List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code") String> languages,

        @Size(max = Sdgs.GOALS) @Schema(example = "[4, 17]") List<@NotNull @Min(1) @Max(Sdgs.GOALS) Integer> sdgs,
        @Valid DelegationVisitFields delegationVisit,
        @Valid ExpertMissionFields expertMission,
        @Size(max = 100) List<@Valid @NotNull AgendaSessionFields> agenda) {

    @Schema(name = "DelegationVisit")
    public record DelegationVisitFields(
            @NotEmpty @Size(max = 50) List<@NotNull UUID> visitingOrganizationIds,
            @Min(1) @Max(10_000) @Schema(example = "21") int delegatesCount) {}

    @Schema(name = "ExpertMission")
    public record ExpertMissionFields(
            @NotNull
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
            @Schema(example = "KE")
            String destinationCountry,

            @Size(max = 100) @Schema(nullable = true, example = "Nairobi")
            String destinationCity,

            @Schema(nullable = true) UUID receivingOrganizationId,
            @Min(1) @Max(1_000) @Schema(example = "3") int expertsCount,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> expertise) {}

    @Schema(name = "AgendaSession")
    public record AgendaSessionFields(
            @NotBlank @Size(max = 300) String title,
            @NotNull Instant startsAt,
            @NotNull Instant endsAt,
            @Schema(nullable = true) @Size(max = 200) String speaker) {}

    EventDetails toDetails() {
        return new EventDetails(
                kind,
                title.strip(),
                description,
                hostOrganizationId,
                partnerOrganizationIds == null ? List.of() : List.copyOf(partnerOrganizationIds),
                country,
                city,
                Boolean.TRUE.equals(online),
                startsAt,
                endsAt,
                timeZone,
                capacity,
                languages == null ? List.of() : List.copyOf(languages),
                sdgs == null ? List.of() : List.copyOf(sdgs),
                delegationVisit == null
                        ? null
                        : new DelegationVisit(
                                List.copyOf(delegationVisit.visitingOrganizationIds()),
                                delegationVisit.delegatesCount()),
                expertMission == null
                        ? null
                        : new ExpertMission(
                                expertMission.destinationCountry(),
                                expertMission.destinationCity(),
                                expertMission.receivingOrganizationId(),
                                expertMission.expertsCount(),
                                expertMission.expertise() == null ? List.of() : List.copyOf(expertMission.expertise())),
                agenda == null
                        ? List.of()
                        : agenda.stream()
                                .map(s -> new AgendaSession(s.title(), s.startsAt(), s.endsAt(), s.speaker()))
                                .toList());
    }

    static EventFields of(EventDetails d) {
        DelegationVisit visit = d.delegationVisit();
        ExpertMission mission = d.expertMission();
        return new EventFields(
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
                d.capacity(),
                d.languages(),
                d.sdgs(),
                visit == null
                        ? null
                        : new DelegationVisitFields(visit.visitingOrganizationIds(), visit.delegatesCount()),
                mission == null
                        ? null
                        : new ExpertMissionFields(
                                mission.destinationCountry(),
                                mission.destinationCity(),
                                mission.receivingOrganizationId(),
                                mission.expertsCount(),
                                mission.expertise()),
                d.agenda().stream()
                        .map(s -> new AgendaSessionFields(s.title(), s.startsAt(), s.endsAt(), s.speaker()))
                        .toList());
    }
}
