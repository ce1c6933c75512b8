package org.southsouth.gateway.impact;

import java.util.List;

/** What the impact report reads from partner-service's {@code GET /api/v1/partnerships/statistics}. */
record PartnershipFigures(List<KeyCount> bySdg, List<KeyCount> byCountry) {}
