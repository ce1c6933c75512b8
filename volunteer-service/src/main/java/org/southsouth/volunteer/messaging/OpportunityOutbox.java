package org.southsouth.volunteer.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.contracts.EventType;
import org.southsouth.volunteer.journal.RecordJournaling;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.opportunity.OpportunityPayloads;

/**
 * Appends opportunity events to the outbox and journals the change beside them (history and changes feed); call
 * after the change is flushed.
 */
@ApplicationScoped
public class OpportunityOutbox {

    @Inject
    VolunteerServiceOutbox outbox;

    @Inject
    RecordJournaling journal;

    public void publish(EventType type, Opportunity opportunity) {
        outbox.publish(type, opportunity.id, opportunity.version, OpportunityPayloads.of(opportunity));
        journal.written(opportunity);
    }
}
