package org.southsouth.volunteer.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.southsouth.contracts.volunteer.VolunteerErasedV1;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.application.Application;
import org.southsouth.volunteer.hours.ServiceHours;
import org.southsouth.volunteer.journal.RecordJournaling;
import org.southsouth.volunteer.messaging.VolunteerServiceOutbox;

/**
 * Anonymizes a volunteer in place. Personal data (name, email, phone, residence, bio, languages, skills,
 * availability, free text of hours) is overwritten, also in the record journal's earlier states (see
 * {@link VolunteerRedaction}); facts that figures rely on stay: the record itself, nationality, home organization,
 * dates, deployments, hours, participations and the consent history.
 */
@ApplicationScoped
public class ErasureService {

    @Inject
    VolunteerService volunteers;

    @Inject
    ErasureStore traces;

    @Inject
    VolunteerServiceOutbox outbox;

    @Inject
    RecordJournaling journal;

    /** Erasing an erased volunteer again changes nothing and publishes nothing. */
    @Transactional
    public Volunteer erase(AccessScope scope, UUID id) {
        Volunteer volunteer = scope.require(volunteers.lock(id));
        scope.requireMayErase(volunteer);
        if (volunteer.status == VolunteerStatus.ERASED) {
            return volunteer;
        }
        VolunteerRedaction.anonymize(volunteer);
        volunteer.status = VolunteerStatus.ERASED;
        volunteer.erasedAt = Instant.now();
        volunteer.updatedAt = volunteer.erasedAt;
        List<ServiceHours> hours = ServiceHours.list("volunteerId", id);
        hours.forEach(VolunteerRedaction::anonymize);
        List<Application> applications = Application.list("volunteerId", id);
        applications.forEach(application -> application.motivation = VolunteerRedaction.ERASED_TEXT);
        Volunteer.flush();
        traces.scrub(id, VolunteerRedaction.ANONYMOUS_NAME, VolunteerRedaction.ERASED_TEXT);
        journal.erased(volunteer, hours, applications);
        outbox.publish(
                VolunteerEvents.VOLUNTEER_ERASED, id, volunteer.version, new VolunteerErasedV1(id, volunteer.erasedAt));
        return volunteer;
    }
}
