package org.southsouth.volunteer.statistics;

import java.util.Map;

/**
 * Distinct volunteers counted per request over the selection's served deployments ({@code served}) and engagement
 * ({@code engaged_facts}): each figure counted per key and volunteer first, then per key, which PostgreSQL hashes,
 * where {@code count(DISTINCT volunteer_id)} sorts every served deployment once per breakdown.
 */
record CountedVolunteers() implements ServedVolunteerFigures {

    private static final Map<String, String> KEYS = Map.of(
            "country", "CAST(country AS text)",
            "region", "r.region",
            "programme", "programme");

    @Override
    public String engaged() {
        return "SELECT 'engaged', NULL, 0, count(*), 0, 0, 0 FROM (SELECT volunteer_id FROM engaged_facts"
                + " UNION SELECT volunteer_id FROM served) engaged";
    }

    @Override
    public String deployed() {
        return "SELECT 'deployed', NULL, 0, count(*), 0, 0, 0 FROM (SELECT DISTINCT volunteer_id FROM served) v";
    }

    @Override
    public String byKey(String figure) {
        String from =
                figure.equals("region") ? "served JOIN undp_region_country r ON r.country = served.country" : "served";
        return "SELECT '" + figure + "', key, 0, sum(deployments), count(*), 0, 0 FROM (SELECT " + KEYS.get(figure)
                + " AS key, volunteer_id, count(*) AS deployments FROM " + from + " GROUP BY 1, 2) v GROUP BY key";
    }

    @Override
    public String bySdg() {
        return "SELECT sdg, sum(deployments), count(*) FROM (SELECT s.sdg, d.volunteer_id, count(*) AS deployments"
                + " FROM served d JOIN deployment_sdg s ON s.deployment_id = d.id GROUP BY s.sdg, d.volunteer_id) v"
                + " GROUP BY sdg";
    }

    @Override
    public String deployedBy(String unit) {
        return "SELECT period, count(*) FROM (SELECT DISTINCT date_trunc('" + unit
                + "', planned_start::timestamp) AS period, volunteer_id FROM served) v GROUP BY 1";
    }
}
