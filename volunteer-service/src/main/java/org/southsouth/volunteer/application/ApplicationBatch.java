package org.southsouth.volunteer.application;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ValidBodies;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.rest.ExternalReferences;
import org.southsouth.volunteer.rest.StatusPath;

/**
 * A batch of applications: a new one is submitted as the single call submits it, then each brought to the item's
 * status through the same moves as the single calls (SUBMITTED, SHORTLISTED, OFFERED, ACCEPTED, ...). What an
 * application says does not change (no single call changes it): an item naming one is a conflict when it says
 * otherwise.
 */
@ApplicationScoped
public class ApplicationBatch {

    public static final String FAMILY = "application";
    private static final List<String> TARGET_FIELDS = List.of("status", "plannedStart");

    @Inject
    BatchRunner batches;

    @Inject
    ApplicationService applications;

    @Inject
    ValidBodies bodies;

    @Inject
    ExternalReferences references;

    @Inject
    CallerAccess access;

    /**
     * The status an item brings its application to (none leaves it where it is, a new one SUBMITTED) and, for
     * ACCEPTED, the planned start of its deployment as the single move takes it.
     */
    public record Target(ApplicationStatus status, LocalDate plannedStart) {}

    public BulkResult write(BulkItems batch) {
        AccessScope scope = access.records();
        return batches.run(FAMILY, batch, null, (fields, existing) -> {
            ObjectNode targetFields = fields.objectNode();
            TARGET_FIELDS.stream().filter(fields::has).forEach(name -> targetFields.set(name, fields.remove(name)));
            Target target = bodies.read(targetFields, Target.class);
            if (target.plannedStart() != null && target.status() != ApplicationStatus.ACCEPTED) {
                throw new InvalidInput("plannedStart", "is only given when an offer is accepted");
            }
            references.resolve(fields, ExternalReferences.OPPORTUNITY);
            references.resolve(fields, ExternalReferences.VOLUNTEER);
            NewApplication requested = bodies.read(fields, NewApplication.class);
            if (existing == null) {
                Application submitted = applications.submit(scope, requested);
                moveTo(scope, submitted, target);
                return BatchRunner.Written.created(submitted.id);
            }
            Application application = applications.get(scope, existing);
            if (!says(application, requested)) {
                throw new StateConflict("Application " + existing + " was submitted with other values; an "
                        + "application does not change, only its status");
            }
            long version = application.version;
            return BatchRunner.Written.updatedOrUnchanged(
                    moveTo(scope, application, target).version != version, existing);
        });
    }

    private Application moveTo(AccessScope scope, Application application, Target target) {
        Application moved = application;
        if (target.status() != null) {
            UUID id = application.id;
            for (ApplicationStatus step :
                    StatusPath.between(application.status, target.status(), ApplicationStatus::next)) {
                LocalDate plannedStart = step == ApplicationStatus.ACCEPTED ? target.plannedStart() : null;
                moved = applications.changeStatus(
                        scope, id, null, new ApplicationStatusChange(step, null, plannedStart));
            }
        }
        return moved;
    }

    /** A volunteer client's item may leave its volunteer out, as its single submission may. */
    private static boolean says(Application application, NewApplication requested) {
        return application.opportunityId.equals(requested.opportunityId())
                && (requested.volunteerId() == null || application.volunteerId.equals(requested.volunteerId()))
                && application.motivation.equals(requested.motivation().strip())
                && Objects.equals(application.availableFrom, requested.availableFrom())
                && Objects.equals(application.availableTo, requested.availableTo());
    }
}
