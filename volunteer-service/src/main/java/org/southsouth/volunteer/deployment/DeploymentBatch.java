package org.southsouth.volunteer.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.southsouth.bulk.postgres.BatchRunner;
import org.southsouth.rest.ValidBodies;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.rest.ExternalReferences;

/**
 * A batch of deployments with their history: a new one is planned, an existing one re-planned with the item's plan
 * fields when they change it, then each brought to the item's status through the same moves as the single calls.
 */
@ApplicationScoped
public class DeploymentBatch {

    public static final String FAMILY = "deployment";

    @Inject
    BatchRunner batches;

    @Inject
    DeploymentService deployments;

    @Inject
    ValidBodies bodies;

    @Inject
    ExternalReferences references;

    @Inject
    CallerAccess access;

    public BulkResult write(BulkItems batch) {
        AccessScope scope = access.records();
        return batches.run(FAMILY, batch, null, (fields, existing) -> {
            ObjectNode stepFields = fields.objectNode();
            DeploymentSteps.FIELDS.stream()
                    .filter(fields::has)
                    .forEach(name -> stepFields.set(name, fields.remove(name)));
            DeploymentSteps steps = bodies.read(stepFields, DeploymentSteps.class);
            references.resolve(fields, ExternalReferences.VOLUNTEER);
            if (existing == null) {
                List<DeploymentStatusChange> moves = steps.moves();
                Deployment planned = deployments.plan(scope, bodies.read(fields, DeploymentPlan.class));
                for (DeploymentStatusChange move : moves) {
                    deployments.changeStatus(scope, planned.id, null, move);
                }
                return BatchRunner.Written.created(planned.id);
            }
            Deployment deployment = deployments.get(scope, existing);
            long version = deployment.version;
            if (changesPlan(deployment, fields)) {
                deployments.patch(scope, existing, null, fields);
            }
            for (DeploymentStatusChange move : steps.movesFrom(deployment.status)) {
                deployment = deployments.changeStatus(scope, existing, null, move);
            }
            return BatchRunner.Written.updatedOrUnchanged(deployment.version != version, existing);
        });
    }

    private boolean changesPlan(Deployment deployment, JsonNode fields) {
        DeploymentPlan current = DeploymentPlans.of(deployment);
        DeploymentPlan p = bodies.patched(current, fields, DeploymentPlan.class);
        // As stored: the role stripped, the SDGs a set in a stable order.
        return !new DeploymentPlan(
                        p.volunteerId(),
                        p.sendingOrganizationId(),
                        p.hostOrganizationId(),
                        p.country(),
                        p.programme(),
                        p.role().strip(),
                        p.plannedStart(),
                        p.plannedEnd(),
                        p.sdgs().stream().distinct().sorted().toList())
                .equals(current);
    }
}
