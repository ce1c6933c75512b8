package org.southsouth.events.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.failure.Forbidden;
import org.southsouth.security.Caller;

/**
 * Who may register, see and cancel which participant of an event. Network staff and the host's partner: everyone,
 * and only they record attendance. Another partner: its own organization's delegates and experts and its nominee
 * volunteers (volunteers whose home organization it is, as recorded at registration). A volunteer: itself.
 * Reporters read figures, not participants.
 */
@ApplicationScoped
public class ParticipationAccess {

    @Inject
    Caller caller;

    /** {@code participant} as resolved: a volunteer carries its home organization. */
    public void requireMayRegister(ExchangeEvent event, Participant participant) {
        if (!mayRegister(event, participant)) {
            throw new Forbidden("You may register only yourself (a volunteer), or your own organization's people "
                    + "and nominee volunteers (a partner); network staff and the host organization register anyone.");
        }
    }

    /** Whether {@link #requireMayRegister} lets the caller register {@code participant}. */
    public boolean mayRegister(ExchangeEvent event, Participant participant) {
        return mayActFor(event, participant.organizationId(), participant.volunteerId());
    }

    public void requireMayCancel(ExchangeEvent event, Participation participation) {
        if (!mayActFor(event, participation.organizationId(), participation.volunteerId())) {
            throw new Forbidden("Only network staff, the host organization and whoever may register this participant "
                    + "may cancel the participation.");
        }
    }

    public boolean mayRecordAttendance(ExchangeEvent event) {
        return caller.actsFor(event.details().hostOrganizationId());
    }

    public void requireMayRecordAttendance(ExchangeEvent event) {
        caller.requireActsFor(event.details().hostOrganizationId(), "record attendance at its events");
    }

    /** The participations of {@code event} the caller sees; 403 for callers who see none (reporters). */
    public ParticipantScope scope(ExchangeEvent event) {
        if (caller.actsFor(event.details().hostOrganizationId())) {
            return ParticipantScope.ALL;
        }
        if (caller.partnerOrganization().isPresent()) {
            return ParticipantScope.ofOrganization(caller.partnerOrganization().get());
        }
        if (caller.selfVolunteer().isPresent()) {
            return ParticipantScope.ofVolunteer(caller.selfVolunteer().get());
        }
        throw new Forbidden("Participants are seen by network staff, the host organization, their own organization "
                + "and themselves; reporters read the figures at /api/v1/events/statistics.");
    }

    private boolean mayActFor(ExchangeEvent event, UUID organizationId, UUID volunteerId) {
        return caller.actsFor(event.details().hostOrganizationId())
                || caller.actsFor(organizationId)
                || caller.isVolunteer(volunteerId);
    }
}
