package org.southsouth.volunteer.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ETags;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.deployment.Deployment;
import org.southsouth.volunteer.journal.RecordJournaling;
import org.southsouth.volunteer.messaging.VolunteerServiceOutbox;
import org.southsouth.volunteer.volunteer.Volunteer;
import org.southsouth.volunteer.volunteer.VolunteerService;
import org.southsouth.volunteer.volunteer.VolunteerStatus;
import org.southsouth.volunteer.volunteer.VolunteerStore;

/** Logs and verifies service hours; every change, its event and its journal entry commit together. */
@ApplicationScoped
public class ServiceHoursService {

    static final BigDecimal HOURS_IN_A_DAY = BigDecimal.valueOf(24);

    @Inject
    VolunteerService volunteers;

    @Inject
    VolunteerServiceOutbox outbox;

    @Inject
    RecordJournaling journal;

    @Inject
    HoursStore store;

    @Inject
    VolunteerStore volunteerStore;

    /** Locks the volunteer, so two entries for the same day cannot together pass 24 hours. */
    @Transactional
    public ServiceHours log(AccessScope scope, HoursEntry entry) {
        if (entry.sdgs().size() != new HashSet<>(entry.sdgs()).size()) {
            throw new InvalidInput("sdgs", "lists an SDG twice");
        }
        Volunteer volunteer = volunteerStore.findForUpdate(entry.volunteerId());
        scope.requireMayLogHoursFor(volunteer);
        if (volunteer == null) {
            throw new RuleRefused("unknown-volunteer", "Volunteer " + entry.volunteerId() + " does not exist");
        }
        if (volunteer.status == VolunteerStatus.ERASED) {
            throw new RuleRefused("volunteer-erased", "Volunteer " + volunteer.id + " was erased");
        }
        ServiceHours hours = new ServiceHours();
        hours.organizationId = entry.deploymentId() == null ? volunteer.homeOrganizationId : deploymentHost(entry);
        requireRoomInTheDay(entry);
        hours.id = UUID.randomUUID();
        hours.volunteerId = volunteer.id;
        hours.servedOn = entry.date();
        hours.hours = entry.hours();
        hours.activity = entry.activity().strip();
        hours.eventId = entry.eventId();
        hours.deploymentId = entry.deploymentId();
        hours.sdgs.addAll(entry.sdgs());
        hours.createdAt = Instant.now();
        hours.updatedAt = hours.createdAt;
        hours.persistAndFlush();
        outbox.publish(VolunteerEvents.SERVICE_HOURS_LOGGED, hours.id, hours.version, HoursPayloads.of(hours));
        journal.written(hours);
        return hours;
    }

    @Transactional
    public ServiceHours verify(UUID id, String ifMatch, String verifiedBy) {
        ServiceHours hours = store.findForUpdate(id);
        if (hours == null) {
            throw new NotFound("Service hours", id);
        }
        ETags.requireMatch(ifMatch, hours.version);
        if (hours.verified) {
            if (verifiedBy == null || verifiedBy.equals(hours.verifiedBy)) {
                return hours;
            }
            throw new StateConflict("Service hours " + id + " were already verified at " + hours.verifiedAt + " by "
                    + (hours.verifiedBy == null ? "an unnamed verifier" : hours.verifiedBy));
        }
        hours.verified = true;
        hours.verifiedAt = Instant.now();
        hours.verifiedBy = verifiedBy;
        hours.updatedAt = hours.verifiedAt;
        ServiceHours.flush();
        outbox.publish(VolunteerEvents.SERVICE_HOURS_VERIFIED, hours.id, hours.version, HoursPayloads.of(hours));
        journal.written(hours);
        return hours;
    }

    /** The entry, or 404 as if it did not exist when the caller does not reach its volunteer. */
    public ServiceHours get(AccessScope scope, UUID id) {
        ServiceHours hours = ServiceHours.findById(id);
        if (hours == null || !scope.reaches(Volunteer.<Volunteer>findById(hours.volunteerId))) {
            throw new NotFound("Service hours", id);
        }
        return hours;
    }

    private static UUID deploymentHost(HoursEntry entry) {
        Deployment deployment = Deployment.findById(entry.deploymentId());
        if (deployment == null || !deployment.volunteerId.equals(entry.volunteerId())) {
            throw new RuleRefused(
                    "unknown-deployment",
                    "Deployment " + entry.deploymentId() + " is not a deployment of volunteer " + entry.volunteerId());
        }
        if (!deployment.status.served()) {
            throw new RuleRefused(
                    "deployment-not-served",
                    "Deployment " + deployment.id + " is " + deployment.status
                            + "; hours can only be logged on a deployment that started");
        }
        return deployment.hostOrganizationId;
    }

    private static void requireRoomInTheDay(HoursEntry entry) {
        BigDecimal logged = ServiceHours.getEntityManager()
                .createQuery(
                        "select coalesce(sum(h.hours), 0) from ServiceHours h"
                                + " where h.volunteerId = ?1 and h.servedOn = ?2",
                        BigDecimal.class)
                .setParameter(1, entry.volunteerId())
                .setParameter(2, entry.date())
                .getSingleResult();
        if (logged.add(entry.hours()).compareTo(HOURS_IN_A_DAY) > 0) {
            throw new RuleRefused(
                    "day-over-24-hours",
                    "The volunteer already has " + logged.stripTrailingZeros().toPlainString() + " hours on "
                            + entry.date() + "; a day has 24");
        }
    }
}
