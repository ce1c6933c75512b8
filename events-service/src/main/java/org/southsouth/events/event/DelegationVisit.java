package org.southsouth.events.event;

import java.util.List;
import java.util.UUID;

/** What only a delegation visit has: the organizations whose delegates visit, and how many delegates come. */
public record DelegationVisit(List<UUID> visitingOrganizationIds, int delegatesCount) {}
