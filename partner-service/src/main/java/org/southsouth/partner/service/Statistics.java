package org.southsouth.partner.service;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.southsouth.rest.ApiProblem;

/** Impact figures, computed by SQL from the records for a period; nothing is stored. */
@ApplicationScoped
public class Statistics {

    /** A partnership counts in a period when its term overlaps it (term start as in {@link ConnectedOrganizations}). */
    private static final String IN_PERIOD = "partnerships AS (SELECT p.* FROM partnership p, period"
            + " WHERE coalesce(p.starts_on, p.signed_on, p.activated_on, CAST(p.created_at AS date)) <= period.last_day"
            + " AND (p.ends_on IS NULL OR p.ends_on >= period.first_day))";

    @Inject
    SqlReader sql;

    public OrganizationStatistics organizations(LocalDate from, LocalDate to) {
        LocalDate first = first(from);
        LocalDate last = last(from, to);
        String with = "WITH " + ConnectedOrganizations.PERIOD + ", " + ConnectedOrganizations.CONNECTED;
        return new OrganizationStatistics(first, last,
                sql.count(with + " SELECT count(*) FROM connected", first, last),
                sql.count(with + " SELECT count(*) FROM connected WHERE hub", first, last),
                counts(with + " SELECT type, count(*) FROM connected GROUP BY 1 ORDER BY 1", first, last),
                counts("WITH " + ConnectedOrganizations.PERIOD + " SELECT o.type, count(*) FROM organization o, period"
                        + " WHERE o.status = 'ACTIVE' AND o.joined_network_on <= period.last_day GROUP BY 1 ORDER BY 1", first, last),
                counts(with + " SELECT country, count(*) FROM connected GROUP BY 1 ORDER BY 1", first, last),
                counts(with + " SELECT region, count(*) FROM connected WHERE region IS NOT NULL GROUP BY 1 ORDER BY 1", first, last),
                counts(with + " SELECT subregion, count(*) FROM connected WHERE subregion IS NOT NULL GROUP BY 1 ORDER BY 1", first, last),
                counts("WITH " + ConnectedOrganizations.PERIOD + " SELECT CAST(extract(year FROM o.joined_network_on) AS int),"
                        + " count(*) FROM organization o, period WHERE o.joined_network_on BETWEEN period.first_day AND period.last_day"
                        + " GROUP BY 1 ORDER BY 1", first, last));
    }

    public PartnershipStatistics partnerships(LocalDate from, LocalDate to) {
        LocalDate first = first(from);
        LocalDate last = last(from, to);
        String with = "WITH " + ConnectedOrganizations.PERIOD + ", " + IN_PERIOD;
        return new PartnershipStatistics(first, last,
                sql.count(with + " SELECT count(*) FROM partnerships", first, last),
                counts(with + " SELECT kind, count(*) FROM partnerships GROUP BY 1 ORDER BY 1", first, last),
                counts(with + " SELECT status, count(*) FROM partnerships GROUP BY 1 ORDER BY 1", first, last),
                counts(with + " SELECT goal, count(*) FROM partnerships, unnest(sdg_goals) AS goal GROUP BY 1 ORDER BY 1", first, last),
                counts(with + " SELECT c, count(*) FROM partnerships, unnest(countries) AS c GROUP BY 1 ORDER BY 1", first, last));
    }

    private List<Count> counts(String query, LocalDate first, LocalDate last) {
        return sql.list(query, row -> new Count(row.getString(1), row.getLong(2)), first, last);
    }

    private static LocalDate first(LocalDate from) {
        return from == null ? ConnectedOrganizations.BEGINNING : from;
    }

    private static LocalDate last(LocalDate from, LocalDate to) {
        LocalDate last = to == null ? LocalDate.now() : to;
        if (from != null && last.isBefore(from)) {
            throw ApiProblem.invalidField("to", "must not be before from");
        }
        return last;
    }
}
