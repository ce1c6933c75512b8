package org.southsouth.events.domain;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Figures computed from the records. Events count when OPEN, CLOSED or COMPLETED (drafts and cancelled events
 * count nowhere); visits, missions and people count once the event is COMPLETED and the person ATTENDED.
 */
@Schema(name = "EventStatistics", description = "Impact figures over the selected events and good practices")
public record EventStatistics(
        @Schema(description = "Delegation visits that are COMPLETED") long delegationVisitsHosted,
        @Schema(description = "Participants with role DELEGATE who ATTENDED a completed delegation visit") long delegatesHosted,
        @Schema(description = "Expert missions that are COMPLETED") long expertMissionsCompleted,
        @Schema(description = "Participants with role EXPERT who ATTENDED a completed expert mission") long expertsSent,
        @Schema(description = "Participations ATTENDED at completed events, every role (a person at two events counts twice)")
        long participants,
        @Schema(description = "participants by role (DELEGATE, EXPERT, SPEAKER, VOLUNTEER, ORGANIZER)") Map<String, Long> participantsByRole,
        @Schema(description = "Events OPEN, CLOSED or COMPLETED, by kind") Map<String, Long> eventsByKind,
        @Schema(description = "Events OPEN, CLOSED or COMPLETED, by the venue's country; online events without one are left out")
        Map<String, Long> eventsByCountry,
        @Schema(description = "Events OPEN, CLOSED or COMPLETED, by SDG; an event serving two goals counts under each")
        Map<String, Long> eventsBySdg,
        @Schema(description = "Events OPEN, CLOSED or COMPLETED, by the year they start in the venue's time zone")
        Map<String, Long> eventsByYear,
        @Schema(description = "Good practices PUBLISHED or ARCHIVED, by SDG; a practice serving two goals counts under each")
        Map<String, Long> goodPracticesBySdg) {
}
