package org.southsouth.volunteer.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.NotFound;
import org.southsouth.failure.RuleRefused;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ETags;
import org.southsouth.rest.ValidBodies;
import org.southsouth.volunteer.access.AccessScope;
import org.southsouth.volunteer.journal.RecordJournaling;
import org.southsouth.volunteer.messaging.VolunteerServiceOutbox;
import org.southsouth.volunteer.volunteer.Volunteer;

/**
 * Plans deployments and moves them through their lifecycle; every change, its event and its journal entry commit
 * together.
 */
@ApplicationScoped
public class DeploymentService {

    @Inject
    DeploymentRules rules;

    @Inject
    DeploymentTransitions transitions;

    @Inject
    ValidBodies bodies;

    @Inject
    VolunteerServiceOutbox outbox;

    @Inject
    RecordJournaling journal;

    @Inject
    DeploymentStore store;

    @Transactional
    public Deployment plan(AccessScope scope, DeploymentPlan plan) {
        Volunteer volunteer = Volunteer.findById(plan.volunteerId());
        scope.requireMayPlan(plan.sendingOrganizationId(), volunteer);
        if (volunteer == null) {
            throw new RuleRefused("unknown-volunteer", "Volunteer " + plan.volunteerId() + " does not exist");
        }
        rules.checkPlan(plan, volunteer, null);
        Deployment deployment = new Deployment();
        deployment.id = UUID.randomUUID();
        deployment.status = DeploymentStatus.PLANNED;
        deployment.createdAt = Instant.now();
        copy(plan, deployment);
        // The exclusion constraint refuses here an overlap that a concurrent request committed after our check.
        deployment.persistAndFlush();
        publish(VolunteerEvents.DEPLOYMENT_PLANNED, deployment);
        return deployment;
    }

    public Deployment get(AccessScope scope, UUID id) {
        return reachable(scope, Deployment.findById(id), id);
    }

    /** Changes the plan of a PLANNED deployment; the plan is checked again, which also settles a pending review. */
    @Transactional
    public Deployment patch(AccessScope scope, UUID id, String ifMatch, JsonNode patch) {
        Deployment deployment = lock(scope, id);
        scope.requireMayReplan(deployment);
        ETags.requireMatch(ifMatch, deployment.version);
        if (deployment.status != DeploymentStatus.PLANNED) {
            throw new StateConflict(
                    "Deployment " + id + " is " + deployment.status + "; only PLANNED deployments can be re-planned");
        }
        DeploymentPlan current = DeploymentPlans.of(deployment);
        DeploymentPlan patched = bodies.patched(current, patch, DeploymentPlan.class);
        if (!patched.volunteerId().equals(current.volunteerId())) {
            throw new InvalidInput("volunteerId", "cannot change; cancel and plan a new deployment");
        }
        scope.requireMayKeepSending(patched.sendingOrganizationId());
        rules.checkPlan(patched, Volunteer.findById(deployment.volunteerId), id);
        copy(patched, deployment);
        deployment.needsReview = false;
        deployment.reviewReason = null;
        Deployment.flush();
        publish(VolunteerEvents.DEPLOYMENT_UPDATED, deployment);
        return deployment;
    }

    @Transactional
    public Deployment changeStatus(AccessScope scope, UUID id, String ifMatch, DeploymentStatusChange change) {
        Deployment deployment = lock(scope, id);
        scope.requireMayMove(deployment, change.status());
        ETags.requireMatch(ifMatch, deployment.version);
        if (transitions.alreadyMade(deployment, change)) {
            return deployment;
        }
        transitions.apply(deployment, change);
        deployment.updatedAt = Instant.now();
        Deployment.flush();
        publish(VolunteerEvents.DEPLOYMENT_UPDATED, deployment);
        return deployment;
    }

    /** Publishes the change and journals it: call after every change is flushed. */
    void publish(EventType type, Deployment deployment) {
        outbox.publish(type, deployment.id, deployment.version, DeploymentPayloads.of(deployment));
        journal.written(deployment);
    }

    private Deployment lock(AccessScope scope, UUID id) {
        return reachable(scope, store.findForUpdate(id), id);
    }

    /** The deployment, or 404 as if it did not exist when the caller does not reach it. */
    private static Deployment reachable(AccessScope scope, Deployment deployment, UUID id) {
        if (deployment == null || !scope.reaches(deployment, Volunteer.findById(deployment.volunteerId))) {
            throw new NotFound("Deployment", id);
        }
        return deployment;
    }

    private static void copy(DeploymentPlan plan, Deployment deployment) {
        deployment.volunteerId = plan.volunteerId();
        deployment.sendingOrganizationId = plan.sendingOrganizationId();
        deployment.hostOrganizationId = plan.hostOrganizationId();
        deployment.country = plan.country();
        deployment.programme = plan.programme();
        deployment.role = plan.role().strip();
        deployment.plannedStart = plan.plannedStart();
        deployment.plannedEnd = plan.plannedEnd();
        deployment.sdgs.clear();
        deployment.sdgs.addAll(new HashSet<>(plan.sdgs()));
        deployment.updatedAt = Instant.now();
    }
}
