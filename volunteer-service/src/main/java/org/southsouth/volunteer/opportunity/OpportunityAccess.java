package org.southsouth.volunteer.opportunity;

import java.util.UUID;
import org.southsouth.failure.Forbidden;
import org.southsouth.failure.NotFound;
import org.southsouth.volunteer.access.AccessScope;

/**
 * Who reaches and manages opportunities. A published opportunity (anything but DRAFT) is for every caller to read: it
 * holds no personal data and volunteers browse it. A DRAFT is seen by staff and the partners of its host and sending
 * organizations only, and is answered 404 to everyone else. The host organization manages its own; staff all.
 */
public final class OpportunityAccess {

    private OpportunityAccess() {}

    public static boolean reaches(AccessScope scope, Opportunity opportunity) {
        return opportunity.status != OpportunityStatus.DRAFT
                || scope.everything()
                || (scope.organizationId() != null
                        && (scope.organizationId().equals(opportunity.hostOrganizationId)
                                || scope.organizationId().equals(opportunity.sendingOrganizationId)));
    }

    /** The opportunity, or 404 as if it did not exist when out of reach. */
    public static Opportunity require(AccessScope scope, Opportunity opportunity, UUID id) {
        if (opportunity == null || !reaches(scope, opportunity)) {
            throw new NotFound("Opportunity", id);
        }
        return opportunity;
    }

    /** Staff, or the partner of the host organization. */
    public static boolean manages(AccessScope scope, Opportunity opportunity) {
        return scope.everything() || opportunity.hostOrganizationId.equals(scope.organizationId());
    }

    public static void requireMayManage(AccessScope scope, Opportunity opportunity) {
        if (!manages(scope, opportunity)) {
            throw new Forbidden("Only network staff and the host organization manage an opportunity.");
        }
    }

    /** The host of a new opportunity: a partner publishes for its own organization, by default and only. */
    public static UUID hostOfNew(AccessScope scope, UUID requested) {
        if (scope.volunteerId() != null) {
            throw new Forbidden("Opportunities are published by their host organization or by network staff.");
        }
        UUID own = scope.organizationId();
        if (own != null && requested != null && !requested.equals(own)) {
            throw new Forbidden("A partner publishes opportunities its own organization " + own + " hosts.");
        }
        return own == null ? requested : own;
    }

    /** A partner cannot hand its opportunity over to another host. */
    public static void requireMayKeepHost(AccessScope scope, Opportunity opportunity, UUID host) {
        if (!scope.everything() && !opportunity.hostOrganizationId.equals(host)) {
            throw new Forbidden("Only network staff change the host organization of an opportunity.");
        }
    }
}
