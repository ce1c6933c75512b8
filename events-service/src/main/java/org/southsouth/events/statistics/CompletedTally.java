package org.southsouth.events.statistics;

import org.southsouth.events.event.EventKind;
import org.southsouth.events.participation.ParticipantRole;

/**
 * Sums the completed-event figures of one key from groups of completed events of one kind, each with its number of
 * events, its attendance counts summed by role and its experts from abroad. An expert mission sends all its attending
 * experts; any other event sends those who came from abroad.
 */
final class CompletedTally {

    private long delegationVisits;
    private long delegates;
    private long expertMissions;
    private long experts;
    private long participants;

    void add(Object kind, EventFacets.CompletedGroup group) {
        if (EventKind.DELEGATION_VISIT.name().equals(kind)) {
            delegationVisits += group.events();
            delegates += group.attended(ParticipantRole.DELEGATE);
        }
        if (EventKind.EXPERT_MISSION.name().equals(kind)) {
            expertMissions += group.events();
            experts += group.attended(ParticipantRole.EXPERT);
        } else {
            experts += group.fromAbroad();
        }
        for (ParticipantRole role : ParticipantRole.values()) {
            participants += group.attended(role);
        }
    }

    CompletedEventFigures figures(String key) {
        return new CompletedEventFigures(key, delegationVisits, delegates, expertMissions, experts, participants);
    }
}
