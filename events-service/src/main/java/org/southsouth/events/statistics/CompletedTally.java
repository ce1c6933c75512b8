package org.southsouth.events.statistics;

import java.util.List;
import org.southsouth.events.event.EventKind;
import org.southsouth.events.participation.ParticipantRole;

/**
 * The completed-event figures of one key, summed event by event: an expert mission sends all its attending experts,
 * any other event those who came from abroad. Sums of disjoint sets of events add up.
 */
final class CompletedTally {

    private long delegationVisits;
    private long delegates;
    private long expertMissions;
    private long experts;
    private long participants;

    /**
     * One completed event of {@code kind} with its attended participants by role (in the roles' order) and its
     * experts from abroad.
     */
    static CompletedTally of(String kind, long[] attendedByRole, long fromAbroad) {
        CompletedTally event = new CompletedTally();
        if (EventKind.DELEGATION_VISIT.name().equals(kind)) {
            event.delegationVisits = 1;
            event.delegates = attendedByRole[ParticipantRole.DELEGATE.ordinal()];
        }
        if (EventKind.EXPERT_MISSION.name().equals(kind)) {
            event.expertMissions = 1;
            event.experts = attendedByRole[ParticipantRole.EXPERT.ordinal()];
        } else {
            event.experts = fromAbroad;
        }
        for (long attended : attendedByRole) {
            event.participants += attended;
        }
        return event;
    }

    void add(CompletedTally other) {
        delegationVisits += other.delegationVisits;
        delegates += other.delegates;
        expertMissions += other.expertMissions;
        experts += other.experts;
        participants += other.participants;
    }

    /** The figures as numbers, in the order of {@link CompletedEventFigures}' own. */
    List<Long> numbers() {
        return List.of(delegationVisits, delegates, expertMissions, experts, participants);
    }

    /** The figures {@link #numbers} gave. */
    static CompletedTally ofNumbers(List<?> numbers) {
        CompletedTally tally = new CompletedTally();
        tally.delegationVisits = ((Number) numbers.get(0)).longValue();
        tally.delegates = ((Number) numbers.get(1)).longValue();
        tally.expertMissions = ((Number) numbers.get(2)).longValue();
        tally.experts = ((Number) numbers.get(3)).longValue();
        tally.participants = ((Number) numbers.get(4)).longValue();
        return tally;
    }

    CompletedEventFigures figures(String key) {
        return new CompletedEventFigures(key, delegationVisits, delegates, expertMissions, experts, participants);
    }
}
