package org.southsouth.volunteer.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Objects;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ValidBodies;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.rest.ExternalReferences;

/**
 * A batch of hour entries, logged as the single call logs them. Logged hours do not change (there is no single call
 * that changes them either): an item naming a logged entry is unchanged when it says the same, else a conflict. An
 * item with {@code verified: true} also verifies its entry as the single verification does (network staff only),
 * unless the entry is already verified by the same verifier.
 */
@ApplicationScoped
public class HoursBatch {

    public static final String FAMILY = "service-hours";

    @Inject
    BatchRunner batches;

    @Inject
    ServiceHoursService hours;

    @Inject
    ValidBodies bodies;

    @Inject
    ExternalReferences references;

    @Inject
    CallerAccess access;

    public BulkResult write(BulkItems batch) {
        AccessScope scope = access.records();
        return batches.run(FAMILY, batch, null, (fields, existing) -> {
            HoursVerification verification = bodies.read(HoursVerification.takeFrom(fields), HoursVerification.class);
            boolean verify = verification.asked();
            references.resolve(fields, ExternalReferences.VOLUNTEER);
            references.resolve(fields, ExternalReferences.DEPLOYMENT);
            HoursEntry entry = bodies.read(fields, HoursEntry.class);
            if (verify) {
                access.requireStaff("verify service hours");
            }
            if (existing == null) {
                ServiceHours logged = hours.log(scope, entry);
                if (verify) {
                    hours.verify(logged.id, null, verification.verifiedBy());
                }
                return BatchRunner.Written.created(logged.id);
            }
            ServiceHours logged = hours.get(scope, existing);
            if (!says(logged, entry)) {
                throw new StateConflict("Service hours " + existing + " were logged with other values; logged hours "
                        + "do not change");
            }
            boolean verifiedNow = verify && !alreadyVerified(logged, verification.verifiedBy());
            if (verifiedNow) {
                hours.verify(existing, null, verification.verifiedBy());
            }
            return BatchRunner.Written.updatedOrUnchanged(verifiedNow, existing);
        });
    }

    /** Verified by the same verifier is the item's own verification made before; by another, the single call's 409. */
    private static boolean alreadyVerified(ServiceHours logged, String verifiedBy) {
        if (logged.verified && !Objects.equals(logged.verifiedBy, verifiedBy)) {
            throw new StateConflict("Service hours " + logged.id + " were already verified at " + logged.verifiedAt);
        }
        return logged.verified;
    }

    private static boolean says(ServiceHours logged, HoursEntry entry) {
        return logged.volunteerId.equals(entry.volunteerId())
                && logged.servedOn.equals(entry.date())
                && logged.hours.compareTo(entry.hours()) == 0
                && logged.activity.equals(entry.activity().strip())
                && Objects.equals(logged.eventId, entry.eventId())
                && Objects.equals(logged.deploymentId, entry.deploymentId())
                && logged.sdgs.equals(new HashSet<>(entry.sdgs()));
    }
}
