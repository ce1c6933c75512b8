package org.southsouth.volunteer.application;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.southsouth.contracts.volunteer.ApplicationV1;
import org.southsouth.volunteer.opportunity.Opportunity;
import org.southsouth.volunteer.opportunity.StatusStep;
import org.southsouth.volunteer.volunteer.Volunteer;

public final class ApplicationPayloads {

    private ApplicationPayloads() {}

    /** Seen by the volunteer's home organization, the partner that nominated it and the opportunity's host. */
    public static ApplicationV1 of(Application a, Volunteer volunteer, Opportunity opportunity) {
        List<UUID> organizations = Stream.of(
                        volunteer.homeOrganizationId, a.nominatedByOrganizationId, opportunity.hostOrganizationId)
                .filter(id -> id != null)
                .distinct()
                .toList();
        StatusStep last = a.lastStep();
        return new ApplicationV1(
                a.id,
                a.opportunityId,
                a.volunteerId,
                a.nominatedByOrganizationId,
                a.status.name(),
                last.at(),
                last.by(),
                last.reason(),
                a.deploymentId,
                organizations,
                a.updatedAt);
    }
}
