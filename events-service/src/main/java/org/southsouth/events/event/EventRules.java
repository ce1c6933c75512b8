package org.southsouth.events.event;

import java.time.ZoneId;
import org.southsouth.failure.InvalidInput;

/** Rules across an event's fields that single-field validation cannot express. */
public final class EventRules {

    private EventRules() {}

    public static void check(EventDetails d) {
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw new InvalidInput("endsAt", "must be after startsAt");
        }
        if (!ZoneId.getAvailableZoneIds().contains(d.timeZone())) {
            throw new InvalidInput("timeZone", "must be an IANA time zone such as Asia/Shanghai");
        }
        if (!d.online() && d.country() == null) {
            throw new InvalidInput("country", "is required unless the event is online");
        }
        if ((d.kind() == EventKind.DELEGATION_VISIT) != (d.delegationVisit() != null)) {
            throw new InvalidInput("delegationVisit", "is required for a DELEGATION_VISIT and only for it");
        }
        if ((d.kind() == EventKind.EXPERT_MISSION) != (d.expertMission() != null)) {
            throw new InvalidInput("expertMission", "is required for an EXPERT_MISSION and only for it");
        }
        for (int i = 0; i < d.agenda().size(); i++) {
            AgendaSession session = d.agenda().get(i);
            if (!session.endsAt().isAfter(session.startsAt())
                    || session.startsAt().isBefore(d.startsAt())
                    || session.endsAt().isAfter(d.endsAt())) {
                throw new InvalidInput("agenda[" + i + "]", "must end after it starts, within the event");
            }
        }
    }
}
