package org.southsouth.events.domain;

import java.util.Map;

/**
 * Figures computed from the records. Events count when OPEN, CLOSED or COMPLETED (drafts and cancelled events
 * count nowhere); visits, missions and people count once the event is COMPLETED and the person ATTENDED.
 *
 * @param delegationVisitsHosted completed delegation visits
 * @param delegatesHosted        attended delegates of completed delegation visits
 * @param expertMissionsCompleted completed expert missions
 * @param expertsSent            attended experts of completed expert missions
 * @param participants           attended participations of completed events
 */
public record EventStatistics(
        long delegationVisitsHosted,
        long delegatesHosted,
        long expertMissionsCompleted,
        long expertsSent,
        long participants,
        Map<String, Long> participantsByRole,
        Map<String, Long> eventsByKind,
        Map<String, Long> eventsByCountry,
        Map<String, Long> eventsBySdg,
        Map<String, Long> eventsByYear,
        Map<String, Long> goodPracticesBySdg) {
}
