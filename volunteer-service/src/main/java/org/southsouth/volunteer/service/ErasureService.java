package org.southsouth.volunteer.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.southsouth.contracts.volunteer.VolunteerErasedV1;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.domain.Application;
import org.southsouth.volunteer.domain.ServiceHours;
import org.southsouth.volunteer.domain.Volunteer;
import org.southsouth.volunteer.domain.VolunteerStatus;
import org.southsouth.volunteer.messaging.EventOutbox;
import org.southsouth.volunteer.repository.ErasureTraces;

/**
 * Anonymizes a volunteer in place. Personal data (name, email, phone, residence, bio, languages, skills,
 * availability, free text of hours) is overwritten; facts that figures rely on stay: the record itself,
 * nationality, home organization, dates, deployments, hours, participations and the consent history.
 */
@ApplicationScoped
public class ErasureService {

    public static final String ANONYMOUS_NAME = "Erased volunteer";
    public static final String ERASED_TEXT = "[erased]";

    @Inject
    VolunteerService volunteers;

    @Inject
    ErasureTraces traces;

    @Inject
    EventOutbox outbox;

    /** Erasing an erased volunteer again changes nothing and publishes nothing. */
    @Transactional
    public Volunteer erase(AccessScope scope, UUID id) {
        Volunteer volunteer = scope.require(volunteers.lock(id));
        scope.requireMayErase(volunteer);
        if (volunteer.status == VolunteerStatus.ERASED) {
            return volunteer;
        }
        volunteer.name = ANONYMOUS_NAME;
        volunteer.email = "erased-" + id + "@erased.invalid";
        volunteer.phone = null;
        volunteer.residence = null;
        volunteer.bio = null;
        volunteer.languages.clear();
        volunteer.skills.clear();
        volunteer.availability.clear();
        volunteer.status = VolunteerStatus.ERASED;
        volunteer.erasedAt = Instant.now();
        volunteer.updatedAt = volunteer.erasedAt;
        List<ServiceHours> hours = ServiceHours.list("volunteerId", id);
        hours.forEach(entry -> entry.activity = ERASED_TEXT);
        Application.<Application>list("volunteerId", id).forEach(application -> application.motivation = ERASED_TEXT);
        Volunteer.flush();
        traces.scrub(id, ANONYMOUS_NAME, ERASED_TEXT);
        outbox.publish(VolunteerEvents.VOLUNTEER_ERASED, id, volunteer.version, new VolunteerErasedV1(id, volunteer.erasedAt));
        return volunteer;
    }
}
