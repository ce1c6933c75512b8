package org.southsouth.benchmarks;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import org.southsouth.benchmarks.ServiceVersusSql.Floor;

/**
 * partner-service's organization and partnership lists over 100 000 organizations and 300 000 partnerships: each
 * query through the service's HTTP API beside the SQL the service runs for it, sent straight to PostgreSQL (the
 * floor). The SQL is copied from {@code OrganizationSearch}, {@code PartnershipSearch} and {@code SortOrder}; paging
 * and the batch load of parties are as Hibernate sends them (seen with {@code QUARKUS_HIBERNATE_ORM_LOG_SQL=true}).
 */
public final class PartnerQueriesBenchmark {

    private static final int ORGANIZATIONS = Integer.getInteger("bench.organizations", 100_000);
    private static final int PARTNERSHIPS = Integer.getInteger("bench.partnerships", 300_000);
    private static final int SIZE = 50;
    private static final String BY_UPDATE = "updated_at ASC NULLS LAST, id ASC";
    private static final String PARTIES = "select p1_0.partnership_id,p1_0.organization_id,p1_0.role"
            + " from partnership_party p1_0 where p1_0.partnership_id = any (?)";

    private PartnerQueriesBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchPlatform bench = BenchPlatform.start()) {
            String jdbcUrl = bench.jdbcUrl("partner");
            System.out.printf(
                    "Seeding %,d organizations and %,d partnerships straight into partner-service's database with SQL"
                            + " (through the API this would take hours)…%n",
                    ORGANIZATIONS, PARTNERSHIPS);
            long begin = System.nanoTime();
            PartnerSeed.seed(jdbcUrl, ORGANIZATIONS, PARTNERSHIPS);
            System.out.printf("  seeded and analyzed in %.0f s%n", (System.nanoTime() - begin) / 1e9);
            try (Connection connection = Sql.connect(jdbcUrl)) {
                ServiceVersusSql.printMachine(connection);
                System.out.println(new Sql(
                                "SELECT format('Dataset: %s organizations (%s CN, %s hubs, %s with a Chinese name"
                                        + " or translation), %s partnerships, %s parties', count(*), count(*) FILTER (WHERE country = 'CN'),"
                                        + " count(*) FILTER (WHERE hub), count(*) FILTER (WHERE search_text ~ '[一-龥]'),"
                                        + " (SELECT count(*) FROM partnership), (SELECT count(*) FROM partnership_party)) FROM organization")
                        .rows(connection)
                        .get(0));
                ServiceVersusSql compare = new ServiceVersusSql(bench, "partner-service", connection);
                ServiceVersusSql.printHeader();
                Instant weekAgo = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
                organizations(compare, weekAgo);
                partnerships(compare, connection, weekAgo);
            }
        }
    }

    private static void organizations(ServiceVersusSql compare, Instant since) throws Exception {
        compare.compare(
                "organizations, first page (default order: updatedAt)",
                "/api/v1/organizations",
                organizations("", BY_UPDATE, 0));
        compare.compare(
                "organizations ?country=KE&sort=name",
                "/api/v1/organizations?country=KE&sort=name",
                organizations(" WHERE country = ?", "name ASC NULLS LAST, id ASC", 0, "KE"));
        compare.compare(
                "organizations ?country=BO (a rare country)",
                "/api/v1/organizations?country=BO",
                organizations(" WHERE country = ?", BY_UPDATE, 0, "BO"));
        compare.compare(
                "organizations ?type=80 (academic)",
                "/api/v1/organizations?type=80",
                organizations(" WHERE type = ?", BY_UPDATE, 0, "80"));
        compare.compare(
                "organizations ?sdg=14",
                "/api/v1/organizations?sdg=14",
                organizations(" WHERE sdgs @> ARRAY[CAST(? AS integer)]", BY_UPDATE, 0, 14));
        compare.compare(
                "organizations ?region=AFRICA&sdg=4&status=ACTIVE&sort=-joinedNetworkOn",
                "/api/v1/organizations?region=AFRICA&sdg=4&status=ACTIVE&sort=-joinedNetworkOn",
                organizations(
                        " WHERE region = ? AND sdgs @> ARRAY[CAST(? AS integer)] AND status = ?",
                        "joined_network_on DESC NULLS LAST, id ASC",
                        0,
                        "AFRICA",
                        4,
                        "ACTIVE"));
        compare.compare(
                "organizations ?q=water",
                "/api/v1/organizations?q=water",
                organizations(" WHERE search_text LIKE ?", BY_UPDATE, 0, "%water%"));
        compare.compare(
                "organizations ?q=志愿者 (3 Chinese characters)",
                "/api/v1/organizations?q=" + encode("志愿者"),
                organizations(" WHERE search_text LIKE ?", BY_UPDATE, 0, "%志愿者%"));
        compare.compare(
                "organizations ?q=志愿 (2 Chinese characters)",
                "/api/v1/organizations?q=" + encode("志愿"),
                organizations(" WHERE search_text LIKE ?", BY_UPDATE, 0, "%志愿%"));
        compare.compare(
                "organizations ?page=1000 (offset 50 000)",
                "/api/v1/organizations?page=1000",
                organizations("", BY_UPDATE, 1000));
        compare.compare(
                "organizations ?updatedSince=<a week ago>",
                "/api/v1/organizations?updatedSince=" + since,
                organizations(" WHERE updated_at >= ?", BY_UPDATE, 0, since.atOffset(ZoneOffset.UTC)));
    }

    private static void partnerships(ServiceVersusSql compare, Connection connection, Instant since) throws Exception {
        UUID busiest = (UUID) new Sql("SELECT organization_id FROM partnership_party GROUP BY organization_id"
                        + " ORDER BY count(*) DESC, organization_id LIMIT 1")
                .rows(connection)
                .get(0);
        UUID typical = (UUID) new Sql("SELECT organization_id FROM (SELECT organization_id, count(*) AS agreements"
                        + " FROM partnership_party GROUP BY organization_id) c ORDER BY agreements, organization_id"
                        + " OFFSET (SELECT count(DISTINCT organization_id) / 2 FROM partnership_party) LIMIT 1")
                .rows(connection)
                .get(0);
        String byParty = " WHERE id IN (SELECT partnership_id FROM partnership_party WHERE organization_id = ?)";
        compare.compare(
                "partnerships, first page (default order: updatedAt)", "/api/v1/partnerships", partnerships("", 0));
        compare.compare(
                "partnerships ?status=ACTIVE",
                "/api/v1/partnerships?status=ACTIVE",
                partnerships(" WHERE status = ?", 0, "ACTIVE"));
        compare.compare(
                "partnerships ?kind=FUNDING&status=RENEWED",
                "/api/v1/partnerships?kind=FUNDING&status=RENEWED",
                partnerships(" WHERE kind = ? AND status = ?", 0, "FUNDING", "RENEWED"));
        compare.compare(
                "partnerships ?organizationId=<the busiest organization>",
                "/api/v1/partnerships?organizationId=" + busiest,
                partnerships(byParty, 0, busiest));
        compare.compare(
                "partnerships ?organizationId=<a median organization>",
                "/api/v1/partnerships?organizationId=" + typical,
                partnerships(byParty, 0, typical));
        compare.compare(
                "partnerships ?country=NP",
                "/api/v1/partnerships?country=NP",
                partnerships(" WHERE countries @> ARRAY[CAST(? AS text)]", 0, "NP"));
        compare.compare(
                "partnerships ?region=ARAB_STATES&sdg=6",
                "/api/v1/partnerships?region=ARAB_STATES&sdg=6",
                partnerships(
                        " WHERE regions @> ARRAY[CAST(? AS text)] AND sdg_goals @> ARRAY[CAST(? AS integer)]",
                        0,
                        "ARAB_STATES",
                        6));
        compare.compare(
                "partnerships ?hub=true",
                "/api/v1/partnerships?hub=true",
                partnerships(
                        " WHERE id IN (SELECT pp.partnership_id FROM partnership_party pp"
                                + " JOIN organization o ON o.id = pp.organization_id WHERE o.hub)",
                        0));
        compare.compare(
                "partnerships ?type=80 (a party is academic)",
                "/api/v1/partnerships?type=80",
                partnerships(
                        " WHERE id IN (SELECT pp.partnership_id FROM partnership_party pp"
                                + " JOIN organization o ON o.id = pp.organization_id WHERE o.type = ?)",
                        0,
                        "80"));
        compare.compare(
                "partnerships ?q=water",
                "/api/v1/partnerships?q=water",
                partnerships(" WHERE search_text LIKE ?", 0, "%water%"));
        compare.compare(
                "partnerships ?q=志愿者",
                "/api/v1/partnerships?q=" + encode("志愿者"),
                partnerships(" WHERE search_text LIKE ?", 0, "%志愿者%"));
        compare.compare(
                "partnerships ?page=2000 (offset 100 000)", "/api/v1/partnerships?page=2000", partnerships("", 2000));
        compare.compare(
                "partnerships ?updatedSince=<a week ago>",
                "/api/v1/partnerships?updatedSince=" + since,
                partnerships(" WHERE updated_at >= ?", 0, since.atOffset(ZoneOffset.UTC)));
    }

    private static Floor organizations(String where, String order, int page, Object... parameters) {
        return new Floor(
                new Sql(
                        "SELECT * FROM organization" + where + " ORDER BY " + order + paging(page),
                        paged(parameters, page)),
                new Sql("SELECT count(*) FROM organization" + where, parameters));
    }

    /** The page, the count, then the page's parties in one batch ({@code @BatchSize} on {@code Partnership.parties}). */
    private static Floor partnerships(String where, int page, Object... parameters) {
        return new Floor(
                new Sql(
                        "SELECT * FROM partnership" + where + " ORDER BY " + BY_UPDATE + paging(page),
                        paged(parameters, page)),
                new Sql("SELECT count(*) FROM partnership" + where, parameters),
                (connection, ids) ->
                        new Sql(PARTIES, connection.createArrayOf("uuid", ids.toArray())).rows(connection));
    }

    /** Hibernate leaves the offset out of the first page. */
    private static String paging(int page) {
        return page == 0 ? " fetch first ? rows only" : " offset ? rows fetch next ? rows only";
    }

    private static Object[] paged(Object[] parameters, int page) {
        Object[] paged = Arrays.copyOf(parameters, parameters.length + (page == 0 ? 1 : 2));
        if (page > 0) {
            paged[parameters.length] = page * SIZE;
        }
        paged[paged.length - 1] = SIZE;
        return paged;
    }

    private static String encode(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }
}
