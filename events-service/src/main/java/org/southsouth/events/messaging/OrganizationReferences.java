package org.southsouth.events.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.southsouth.events.event.EventDetails;
import org.southsouth.failure.RefusedField;
import org.southsouth.failure.RuleRefused;

/**
 * Checks organization ids against the replica of partner-service's organizations: a record may name only
 * organizations the network knows, and an inactive organization may not host events or send participants.
 */
@ApplicationScoped
public class OrganizationReferences {

    @Inject
    OrganizationReplicaStore organizations;

    /** Every organization the event names is known; its host is not INACTIVE. */
    public void checkEvent(EventDetails details) {
        requireActive("hostOrganizationId", details.hostOrganizationId());
        requireKnown("partnerOrganizationIds", details.partnerOrganizationIds());
        if (details.delegationVisit() != null) {
            requireKnown(
                    "delegationVisit.visitingOrganizationIds",
                    details.delegationVisit().visitingOrganizationIds());
        }
        if (details.expertMission() != null && details.expertMission().receivingOrganizationId() != null) {
            requireKnown(
                    "expertMission.receivingOrganizationId",
                    List.of(details.expertMission().receivingOrganizationId()));
        }
    }

    /** 422 naming the first of {@code ids} partner-service has not announced (yet). */
    public void requireKnown(String field, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<UUID, KnownOrganization> known = organizations.findAll(ids);
        ids.stream().filter(id -> !known.containsKey(id)).findFirst().ifPresent(unknown -> {
            throw problem(
                    "unknown-organization",
                    field,
                    "organization " + unknown + " is not known to the network "
                            + "(yet): organizations are learnt from partner-service's events");
        });
    }

    /** 422 unless the organization is known and not INACTIVE. */
    public void requireActive(String field, UUID id) {
        requireKnown(field, List.of(id));
        if (organizations.find(id).inactive()) {
            throw problem("inactive-organization", field, "organization " + id + " is INACTIVE");
        }
    }

    /** Whether {@link #requireActive} accepts the organization. */
    public boolean isActive(UUID id) {
        KnownOrganization known = organizations.find(id);
        return known != null && !known.inactive();
    }

    private static RuleRefused problem(String slug, String field, String message) {
        return new RuleRefused(slug, field + ": " + message, List.of(new RefusedField(field, message)));
    }
}
