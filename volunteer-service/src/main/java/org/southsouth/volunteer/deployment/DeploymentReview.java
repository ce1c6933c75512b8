package org.southsouth.volunteer.deployment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.southsouth.contracts.volunteer.VolunteerEvents;
import org.southsouth.volunteer.messaging.HostOrganization;

/** Flags the planned deployments of a host that stopped being active; runs in the replica's transaction. */
@ApplicationScoped
public class DeploymentReview {

    private static final Logger LOG = Logger.getLogger(DeploymentReview.class);

    @Inject
    DeploymentService deployments;

    @Inject
    DeploymentStore store;

    public void hostDeactivated(HostOrganization host) {
        List<Deployment> planned = store.plannedUnflaggedForUpdate(host.id);
        for (Deployment deployment : planned) {
            deployment.needsReview = true;
            deployment.reviewReason = "Host organization " + host.name + " became " + host.status;
            deployment.updatedAt = Instant.now();
        }
        Deployment.flush();
        planned.forEach(d -> deployments.publish(VolunteerEvents.DEPLOYMENT_UPDATED, d));
        LOG.infof("Flagged %d planned deployment(s) of host %s for review", planned.size(), host.id);
    }
}
