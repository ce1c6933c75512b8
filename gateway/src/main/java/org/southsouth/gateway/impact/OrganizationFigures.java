package org.southsouth.gateway.impact;

import java.util.List;

/** What the impact report reads from partner-service's {@code GET /api/v1/organizations/statistics}. */
record OrganizationFigures(
        Long connected, List<KeyCount> countriesReached, List<KeyCount> regionsReached, List<KeyCount> joinedByYear) {}
