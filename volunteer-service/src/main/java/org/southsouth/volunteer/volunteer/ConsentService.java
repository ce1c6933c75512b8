package org.southsouth.volunteer.volunteer;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.StateConflict;
import org.southsouth.volunteer.access.AccessScope;

/**
 * A volunteer's consent history. Giving consent for a purpose closes the open consent for that purpose (a new
 * policy version supersedes the old one); withdrawing closes it. Nothing is ever deleted.
 */
@ApplicationScoped
public class ConsentService {

    @Inject
    VolunteerService volunteers;

    @Transactional
    public ConsentRecord give(AccessScope scope, UUID volunteerId, String purpose, String policyVersion) {
        Volunteer volunteer = scope.require(volunteers.lock(volunteerId));
        if (volunteer.status == VolunteerStatus.ERASED) {
            throw new StateConflict("Volunteer " + volunteerId + " was erased");
        }
        Instant now = Instant.now();
        ConsentRecord open = ConsentRecord.find(
                        "volunteerId = ?1 and purpose = ?2 and withdrawnAt is null", volunteerId, purpose)
                .firstResult();
        if (open != null) {
            open.withdrawnAt = now;
            ConsentRecord.flush();
        }
        ConsentRecord consent = new ConsentRecord();
        consent.id = UUID.randomUUID();
        consent.volunteerId = volunteerId;
        consent.purpose = purpose;
        consent.policyVersion = policyVersion;
        consent.givenAt = now;
        consent.persist();
        return consent;
    }

    @Transactional
    public ConsentRecord withdraw(AccessScope scope, UUID volunteerId, UUID consentId) {
        scope.require(volunteers.lock(volunteerId));
        ConsentRecord consent = ConsentRecord.find("id = ?1 and volunteerId = ?2", consentId, volunteerId)
                .firstResult();
        if (consent == null) {
            throw new NotFound("Consent", consentId);
        }
        if (consent.withdrawnAt != null) {
            throw new StateConflict("Consent " + consentId + " was already withdrawn at " + consent.withdrawnAt);
        }
        consent.withdrawnAt = Instant.now();
        return consent;
    }

    public List<ConsentRecord> history(AccessScope scope, UUID volunteerId) {
        volunteers.get(scope, volunteerId);
        return ConsentRecord.list("volunteerId", Sort.by("givenAt").and("id"), volunteerId);
    }
}
