package org.southsouth.volunteer.opportunity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.rest.ValidBodies;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.rest.StatusPath;

/**
 * A batch of opportunities: a new one is drafted, an existing one changed with the item's fields when they change it,
 * then each brought to the item's status through the same moves as the single calls (DRAFT, OPEN, CLOSED, ...).
 */
@ApplicationScoped
public class OpportunityBatch {

    public static final String FAMILY = "opportunity";
    private static final String STATUS = "status";

    @Inject
    BatchRunner batches;

    @Inject
    OpportunityService opportunities;

    @Inject
    ValidBodies bodies;

    @Inject
    CallerAccess access;

    /** The status an item brings its opportunity to; none leaves it where it is (a new one DRAFT). */
    public record Target(OpportunityStatus status) {}

    public BulkResult write(BulkItems batch) {
        AccessScope scope = access.records();
        return batches.run(FAMILY, batch, null, (fields, existing) -> {
            ObjectNode targetFields = fields.objectNode();
            if (fields.has(STATUS)) {
                targetFields.set(STATUS, fields.remove(STATUS));
            }
            OpportunityStatus target = bodies.read(targetFields, Target.class).status();
            if (existing == null) {
                Opportunity drafted = opportunities.create(scope, bodies.read(fields, OpportunityFields.class));
                moveTo(scope, drafted, target);
                return BatchRunner.Written.created(drafted.id);
            }
            Opportunity opportunity = opportunities.get(scope, existing);
            long version = opportunity.version;
            if (changes(opportunity, fields)) {
                opportunity = opportunities.patch(scope, existing, null, fields);
            }
            opportunity = moveTo(scope, opportunity, target);
            return BatchRunner.Written.updatedOrUnchanged(opportunity.version != version, existing);
        });
    }

    private Opportunity moveTo(AccessScope scope, Opportunity opportunity, OpportunityStatus target) {
        Opportunity moved = opportunity;
        if (target != null) {
            UUID id = opportunity.id;
            for (OpportunityStatus step : StatusPath.between(opportunity.status, target, OpportunityStatus::next)) {
                moved = opportunities.changeStatus(scope, id, null, new OpportunityStatusChange(step, null));
            }
        }
        return moved;
    }

    /** Whether the item's fields change what is stored, compared as the entity keeps them. */
    private boolean changes(Opportunity opportunity, ObjectNode fields) {
        OpportunityFields current = OpportunityFieldsMapping.of(opportunity);
        Opportunity asStored = new Opportunity();
        OpportunityFieldsMapping.copy(bodies.patched(current, fields, OpportunityFields.class), asStored);
        return !OpportunityFieldsMapping.of(asStored).equals(current);
    }
}
