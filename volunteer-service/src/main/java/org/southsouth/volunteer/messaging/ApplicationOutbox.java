package org.southsouth.volunteer.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.southsouth.contracts.EventType;
import org.southsouth.volunteer.application.Application;
import org.southsouth.volunteer.application.ApplicationPayloads;
import org.southsouth.volunteer.journal.RecordJournaling;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.volunteer.Volunteer;

/**
 * Appends application events to the outbox and journals the change beside them (history and changes feed); call
 * after the change is flushed.
 */
@ApplicationScoped
public class ApplicationOutbox {

    @Inject
    VolunteerServiceOutbox outbox;

    @Inject
    RecordJournaling journal;

    public void publish(EventType type, Application application, Opportunity opportunity) {
        Volunteer volunteer = Volunteer.findById(application.volunteerId);
        outbox.publish(
                type, application.id, application.version, ApplicationPayloads.of(application, volunteer, opportunity));
        journal.written(application);
    }
}
