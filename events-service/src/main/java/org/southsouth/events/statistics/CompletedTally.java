package org.southsouth.events.statistics;

import org.bson.Document;
import org.southsouth.events.config.Bsons;
import org.southsouth.events.event.EventKind;
import org.southsouth.events.participation.ExpertsFromAbroad;
import org.southsouth.events.participation.ParticipantRole;

/**
 * Sums the completed-event figures of one key from groups of completed events of one kind, each with its number of
 * events ({@code count}), its attendance counts summed by role (a field per role) and its experts from abroad. An
 * expert mission sends all its attending experts; any other event sends those who came from abroad.
 */
final class CompletedTally {

    private long delegationVisits;
    private long delegates;
    private long expertMissions;
    private long experts;
    private long participants;

    void add(Object kind, Document group) {
        if (EventKind.DELEGATION_VISIT.name().equals(kind)) {
            delegationVisits += Bsons.number(group, GroupCounts.COUNT);
            delegates += Bsons.number(group, ParticipantRole.DELEGATE.name());
        }
        if (EventKind.EXPERT_MISSION.name().equals(kind)) {
            expertMissions += Bsons.number(group, GroupCounts.COUNT);
            experts += Bsons.number(group, ParticipantRole.EXPERT.name());
        } else {
            experts += Bsons.number(group, ExpertsFromAbroad.FIELD);
        }
        for (ParticipantRole role : ParticipantRole.values()) {
            participants += Bsons.number(group, role.name());
        }
    }

    CompletedEventFigures figures(String key) {
        return new CompletedEventFigures(key, delegationVisits, delegates, expertMissions, experts, participants);
    }
}
