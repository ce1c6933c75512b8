package org.southsouth.volunteer.messaging;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.southsouth.backbone.postgres.ProcessedEvents;
import org.southsouth.contracts.EventEnvelope;
import org.southsouth.contracts.partner.OrganizationV1;
import org.southsouth.failure.NotFound;
import org.southsouth.volunteer.deployment.DeploymentReview;

/**
 * Keeps the replica of partner-service's organizations. Each event is applied at most once (its id is recorded
 * in the same transaction) and only when it is newer than what the replica holds.
 */
@ApplicationScoped
public class HostOrganizationReplica {

    static final String CONSUMER = "volunteer-service.host-organizations";
    private static final Logger LOG = Logger.getLogger(HostOrganizationReplica.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    DeploymentReview review;

    @Transactional
    public void apply(EventEnvelope event) {
        OrganizationV1 organization = event.payload(OrganizationV1.class);
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            LOG.debugf("Event %s already applied", event.id());
            return;
        }
        HostOrganization host = HostOrganization.findById(organization.id());
        if (host == null) {
            host = new HostOrganization();
            host.id = organization.id();
        } else if (event.sequence() <= host.sequence) {
            LOG.debugf(
                    "Event %s (sequence %d) is older than the replica (%d)",
                    event.id(), event.sequence(), host.sequence);
            return;
        }
        boolean deactivated = "INACTIVE".equals(organization.status()) && !"INACTIVE".equals(host.status);
        host.name = organization.name();
        host.country = organization.country();
        host.status = organization.status();
        host.sequence = event.sequence();
        host.updatedAt = organization.updatedAt();
        host.persist();
        if (deactivated) {
            review.hostDeactivated(host);
        }
        LOG.debugf("Replica of organization %s now at sequence %d", host.id, host.sequence);
    }

    public HostOrganization get(UUID id) {
        HostOrganization host = HostOrganization.findById(id);
        if (host == null) {
            throw new NotFound("Host organization", id);
        }
        return host;
    }

    public List<HostOrganization> page(int page, int size) {
        return HostOrganization.findAll(Sort.by("updatedAt").and("id"))
                .page(Page.of(page, size))
                .list();
    }

    public long count() {
        return HostOrganization.count();
    }
}
