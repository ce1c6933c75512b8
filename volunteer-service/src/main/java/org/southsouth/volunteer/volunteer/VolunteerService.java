package org.southsouth.volunteer.volunteer;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.southsouth.bulk.postgres.BatchTransaction;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ETags;
import org.southsouth.rest.ValidBodies;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.journal.RecordJournaling;
import org.southsouth.volunteer.messaging.VolunteerServiceOutbox;

/** Registers and changes volunteers; every change, its event and its journal entry commit together. */
@ApplicationScoped
public class VolunteerService {

    @Inject
    ProfileRules rules;

    @Inject
    ValidBodies bodies;

    @Inject
    VolunteerServiceOutbox outbox;

    @Inject
    RecordJournaling journal;

    @Inject
    ProfileLookups lookups;

    @Inject
    BatchTransaction batchTransaction;

    @Inject
    VolunteerStore store;

    /** A partner's new volunteer gets the partner's organization as home organization unless the profile names it. */
    @Transactional
    public Volunteer register(AccessScope scope, VolunteerProfile requested) {
        VolunteerProfile profile =
                requested.withHomeOrganization(scope.homeOrganizationOfNew(requested.homeOrganizationId()));
        rules.check(profile);
        requireUniqueEmail(profile.email(), null);
        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        volunteer.createdAt = Instant.now();
        copy(profile, volunteer);
        volunteer.persist();
        batchTransaction.flush(Volunteer.getEntityManager());
        lookups.emailHeld(volunteer.email, volunteer.id);
        outbox.publish(
                VolunteerEvents.VOLUNTEER_REGISTERED, volunteer.id, volunteer.version, VolunteerPayloads.of(volunteer));
        journal.written(volunteer);
        return volunteer;
    }

    public Volunteer get(UUID id) {
        Volunteer volunteer = Volunteer.findById(id);
        if (volunteer == null) {
            throw new NotFound("Volunteer", id);
        }
        return volunteer;
    }

    /** The volunteer, when the caller reaches it; 404 otherwise. */
    public Volunteer get(AccessScope scope, UUID id) {
        return scope.require(get(id));
    }

    /** Applies a JSON Merge Patch to the profile; a patch that changes nothing publishes nothing. */
    @Transactional
    public Volunteer patch(AccessScope scope, UUID id, String ifMatch, JsonNode patch) {
        Volunteer volunteer = scope.require(lock(id));
        ETags.requireMatch(ifMatch, volunteer.version);
        if (volunteer.status == VolunteerStatus.ERASED) {
            throw new StateConflict("Volunteer " + id + " was erased; the record can no longer change");
        }
        VolunteerProfile current = VolunteerProfiles.of(volunteer);
        VolunteerProfile patched = bodies.patched(current, patch, VolunteerProfile.class);
        if (patched.equals(current)) {
            return volunteer;
        }
        rules.check(patched);
        scope.requireMayRehome(volunteer, patched.homeOrganizationId());
        requireUniqueEmail(patched.email(), id);
        UUID formerHome = volunteer.homeOrganizationId;
        copy(patched, volunteer);
        Volunteer.getEntityManager().flush();
        lookups.emailHeld(volunteer.email, volunteer.id);
        outbox.publish(
                VolunteerEvents.VOLUNTEER_UPDATED, volunteer.id, volunteer.version, VolunteerPayloads.of(volunteer));
        journal.written(volunteer);
        if (!formerHome.equals(volunteer.homeOrganizationId)) {
            journal.readersChanged(volunteer);
        }
        return volunteer;
    }

    /** Loads the volunteer and locks its row until the transaction ends: changes to one volunteer queue up. */
    public Volunteer lock(UUID id) {
        Volunteer volunteer = store.findForUpdate(id);
        if (volunteer == null) {
            throw new NotFound("Volunteer", id);
        }
        return volunteer;
    }

    private static void copy(VolunteerProfile profile, Volunteer volunteer) {
        volunteer.name = profile.name().strip();
        volunteer.email = profile.email().strip();
        volunteer.phone = profile.phone();
        volunteer.nationality = profile.nationality();
        volunteer.residence = profile.residence();
        volunteer.homeOrganizationId = profile.homeOrganizationId();
        volunteer.bio = profile.bio();
        volunteer.status = profile.status() == null ? VolunteerStatus.ACTIVE : profile.status();
        volunteer.languages.clear();
        volunteer.languages.addAll(profile.languages().stream()
                .map(l -> new SpokenLanguage(l.code(), l.level()))
                .collect(Collectors.toSet()));
        volunteer.skills.clear();
        volunteer.skills.addAll(new HashSet<>(profile.skills()));
        volunteer.availability.clear();
        volunteer.availability.addAll(profile.availability().stream()
                .map(w -> new AvailabilityWindow(w.from(), w.to()))
                .collect(Collectors.toSet()));
        volunteer.updatedAt = Instant.now();
    }

    private void requireUniqueEmail(String email, UUID except) {
        if (lookups.emailTaken(email, except)) {
            throw DuplicateEmail.conflict();
        }
    }
}
