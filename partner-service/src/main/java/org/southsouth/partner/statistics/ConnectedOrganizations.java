package org.southsouth.partner.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.southsouth.partner.sql.SqlReader;

/**
 * The one definition of "connected", in SQL: an organization is connected over a period when it is ACTIVE, had
 * joined the network by the end of the period, and is party to a partnership in force (ACTIVE or RENEWED) with
 * another organization that is an ACTIVE hub, whose term overlaps the period. A hub is not connected to itself (the
 * network reports the organizations its hub connected with, and their countries, without the hub's own); a hub
 * in such a partnership with another hub is. A partnership's term starts on startsOn, else the signing, activation
 * or creation date (in UTC), and is open-ended without endsOn. Status is the current one: the service keeps no status
 * history.
 */
@ApplicationScoped
public class ConnectedOrganizations {

    /**
     * The first day of partnership {@code p}'s term. The creation day is taken in UTC, as migration V7's trigger
     * stores it in {@code term_starts_on}: a cast in the session's time zone would differ by a day between writers
     * and readers in different zones.
     */
    static final String TERM_STARTS_ON =
            "coalesce(p.starts_on, p.signed_on, p.activated_on, CAST(p.created_at AT TIME ZONE 'UTC' AS date))";

    /** Binds two parameters, in order: first and last day of the period. */
    static final String PERIOD = "period AS (SELECT CAST(? AS date) AS first_day, CAST(? AS date) AS last_day)";

    private static final String CONNECTED_AMONG = """
            connected AS (
              SELECT o.* FROM %s o, period
              WHERE o.status = 'ACTIVE' AND o.joined_network_on <= period.last_day
                AND o.id IN (SELECT organization_id FROM hub_partners))
            """;

    /**
     * The definition, from the records. The hubs' partners are worked out as one set, which PostgreSQL hash-joins
     * once (the impact benchmark's 10k organizations and 30k partnerships: 60 ms) where probing each organization's
     * partnerships by index took 550 ms (issue 18); asked about one organization, the set is narrowed to it and
     * probed by index (0.4 ms).
     */
    private static final String CONNECTED = """
            hub_partners AS (
              SELECT DISTINCT mine.organization_id FROM period, partnership_party mine
              JOIN partnership p ON p.id = mine.partnership_id
              JOIN partnership_party other ON other.partnership_id = p.id AND other.organization_id <> mine.organization_id
              JOIN organization h ON h.id = other.organization_id AND h.hub AND h.status = 'ACTIVE'
              WHERE p.status IN ('ACTIVE', 'RENEWED')
                AND\s""" + TERM_STARTS_ON + """
             <= period.last_day
                AND (p.ends_on IS NULL OR p.ends_on >= period.first_day)),
            """ + CONNECTED_AMONG;

    /**
     * The same set from {@code partnership_link} (migration V6: every pair of parties of each partnership in force,
     * with its term, kept by triggers in the writing transaction): one index range per hub, a few ms for the whole
     * network where the records' join took 20 to 40 (issue 18).
     */
    private static final String CONNECTED_BY_LINKS = """
            hub_partners AS (
              SELECT DISTINCT l.organization_id FROM period, organization h
              JOIN partnership_link l ON l.partner_id = h.id
              WHERE h.hub AND h.status = 'ACTIVE' AND l.term_starts_on <= period.last_day
                AND (l.ends_on IS NULL OR l.ends_on >= period.first_day)),
            """ + CONNECTED_AMONG;

    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    @Inject
    SqlReader sql;

    /** The connected organizations among {@code organizations}, a table or an earlier CTE of organizations. */
    static String connectedAmong(String organizations) {
        return CONNECTED_BY_LINKS.formatted(organizations);
    }

    /** {@link #connectedAmong} worked out from the partnerships and their parties alone. */
    static String connectedAmongRecords(String organizations) {
        return CONNECTED.formatted(organizations);
    }

    public boolean isConnected(UUID organizationId) {
        LocalDate today = LocalDate.now();
        return sql.count(
                        "WITH " + PERIOD + ", " + connectedAmongRecords("organization")
                                + " SELECT count(*) FROM connected WHERE id = ?",
                        today,
                        today,
                        organizationId)
                > 0;
    }
}
