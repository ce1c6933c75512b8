package org.southsouth.events.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.southsouth.events.access.Visibility;
import org.southsouth.security.Caller;

/**
 * Who may see and change which event: every caller reads events once they leave DRAFT; drafts only network staff
 * and the host organization's partner see. Staff and the host's partner draft, change and move events.
 */
@ApplicationScoped
public class EventAccess {

    @Inject
    Caller caller;

    public boolean sees(ExchangeEvent event) {
        return event.status() != EventStatus.DRAFT
                || caller.actsFor(event.details().hostOrganizationId());
    }

    public Visibility visibility() {
        return caller.isStaff()
                ? Visibility.EVERYTHING
                : Visibility.publishedAndOwn(caller.partnerOrganization().orElse(null));
    }

    /** 403 unless staff or the partner of {@code host}. */
    public void requireHost(UUID host) {
        caller.requireActsFor(host, "organize its events");
    }

    /** Handing an event to another host is staff's: a partner acts for one organization only. */
    public void requireHostChangeAllowed(ExchangeEvent current, UUID newHost) {
        if (!current.details().hostOrganizationId().equals(newHost)) {
            caller.requireStaff("hand an event over to another host organization");
        }
    }
}
