package org.southsouth.volunteer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.contracts.EventType;
import org.southsouth.volunteer.journal.RecordJournaling;
import org.southsouth.volunteer.messaging.VolunteerServiceOutbox;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.opportunity.OpportunityPayloads;
import org.southsouth.volunteer.volunteer.Volunteer;

/**
 * Appends opportunity and application events to the outbox, and journals the change beside them (history and changes
 * feed); call after the change is flushed.
 */
@ApplicationScoped
public class ApplicationEvents {

    @Inject
    VolunteerServiceOutbox outbox;

    @Inject
    RecordJournaling journal;

    public void opportunity(EventType type, Opportunity opportunity) {
        outbox.publish(type, opportunity.id, opportunity.version, OpportunityPayloads.of(opportunity));
        journal.written(opportunity);
    }

    void application(EventType type, Application application, Opportunity opportunity) {
        Volunteer volunteer = Volunteer.findById(application.volunteerId);
        outbox.publish(
                type, application.id, application.version, ApplicationPayloads.of(application, volunteer, opportunity));
        journal.written(application);
    }
}
