package org.southsouth.gateway.impact;

import java.util.List;
import java.util.Map;

/** What the impact report reads from events-service's {@code GET /api/v1/events/statistics}. */
record EventFigures(
        Long delegationVisitsHosted,
        Long delegatesHosted,
        Long expertsSent,
        Map<String, Long> eventsBySdg,
        Map<String, Long> goodPracticesBySdg,
        Map<String, Long> eventsByYear,
        Map<String, Long> eventsByMonth,
        Map<String, Long> eventsByCountry,
        Map<String, Long> eventsByRegion,
        List<Completed> completedBySdg,
        List<Completed> completedByYear,
        List<Completed> completedByMonth,
        List<Completed> completedByCountry,
        List<Completed> completedByRegion) {

    /** The completed events' figures at one key of a breakdown. */
    record Completed(String key, Long delegationVisitsHosted, Long delegatesHosted, Long expertsSent) {}
}
