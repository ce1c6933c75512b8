package org.southsouth.benchmarks;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.southsouth.benchmarks.ServiceVersusSql.Floor;

/**
 * volunteer-service's matching and volunteer list over 100 000 volunteers: each query through the service's HTTP
 * API beside SQL sent straight to PostgreSQL. For lists that is the SQL the service runs (the floor), copied from
 * {@code VolunteerQueries}; collections load as Hibernate sends them (seen with {@code QUARKUS_HIBERNATE_ORM_LOG_SQL=true}).
 * For matching it is the baseline the service replaced: the earlier ranking, which scored every consenting ACTIVE
 * volunteer with correlated subqueries and counted them again (weights of {@code MatchScoring}); the service now
 * starts from the candidates' skill, language and availability rows and answers page, total and explanations in
 * seven statements, so it runs below that baseline.
 */
public final class VolunteerQueriesBenchmark {

    private static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 100_000);
    private static final int HOST_ORGANIZATIONS = Integer.getInteger("bench.hostOrganizations", 2_000);
    private static final int LIST_SIZE = 50;
    private static final int MATCH_SIZE = 20;
    private static final String SERVED = "('ACTIVE', 'EXTENDED', 'COMPLETED', 'ENDED_EARLY')";
    private static final List<String> LEVELS = List.of("A1", "A2", "B1", "B2", "C1", "C2", "NATIVE");
    /** Quarkus' default batch fetch size, as the service's SQL log shows it (4 batches for a page of 50). */
    private static final int COLLECTION_BATCH = 16;

    private static final List<String> COLLECTIONS = List.of(
            "select s1_0.volunteer_id,s1_0.skill_code from volunteer_skill s1_0 where s1_0.volunteer_id = any (?)",
            "select l1_0.volunteer_id,l1_0.language,l1_0.level from volunteer_language l1_0 where l1_0.volunteer_id = any (?)",
            "select a1_0.volunteer_id,a1_0.available_from,a1_0.available_to from availability_window a1_0"
                    + " where a1_0.volunteer_id = any (?)");

    /** A host's need, as {@code GET /api/v1/matches} takes it. */
    private record Need(String country, List<String> skills, List<String> languages, LocalDate from, LocalDate to) {

        String query() {
            return "country=" + country + "&skills=" + String.join(",", skills) + "&languages="
                    + String.join(",", languages) + "&from=" + from + "&to=" + to;
        }
    }

    private VolunteerQueriesBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (BenchPlatform bench = BenchPlatform.start()) {
            String jdbcUrl = bench.jdbcUrl("volunteer");
            System.out.printf(
                    "Seeding %,d volunteers (and %,d host organizations in the replica) straight into volunteer-service's"
                            + " database with SQL (through the API this would take hours)…%n",
                    VOLUNTEERS, HOST_ORGANIZATIONS);
            long begin = System.nanoTime();
            VolunteerSeed.seed(jdbcUrl, VOLUNTEERS, HOST_ORGANIZATIONS);
            System.out.printf("  seeded and analyzed in %.0f s%n", (System.nanoTime() - begin) / 1e9);
            try (Connection connection = Sql.connect(jdbcUrl)) {
                ServiceVersusSql.printMachine(connection);
                System.out.println(new Sql(
                                "SELECT format('Dataset: %s volunteers (%s ACTIVE, %s consenting to matching), %s languages,"
                                        + " %s skills, %s availability windows, %s deployments, %s participations, %s host organizations',"
                                        + " count(*), count(*) FILTER (WHERE status = 'ACTIVE'),"
                                        + " (SELECT count(*) FROM consent_record WHERE purpose = 'MATCHING' AND withdrawn_at IS NULL),"
                                        + " (SELECT count(*) FROM volunteer_language), (SELECT count(*) FROM volunteer_skill),"
                                        + " (SELECT count(*) FROM availability_window), (SELECT count(*) FROM deployment),"
                                        + " (SELECT count(*) FROM participation), (SELECT count(*) FROM host_organization)) FROM volunteer")
                        .rows(connection)
                        .get(0));
                ServiceVersusSql compare = new ServiceVersusSql(bench, "volunteer-service", connection);
                ServiceVersusSql.printHeader();
                matches(compare);
                volunteers(compare);
            }
        }
    }

    private static void matches(ServiceVersusSql compare) throws Exception {
        Need nepal = new Need(
                "NP",
                List.of("community-health", "education"),
                List.of("en:B2", "ne"),
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 9, 30));
        compare.compare(
                "matches NP, community-health+education, en:B2+ne, Mar–Sep 2027 (size 20)",
                "/api/v1/matches?" + nepal.query(),
                matching(nepal));
        Need kenya = new Need(
                "KE",
                List.of("water-sanitation"),
                List.of("sw:C1"),
                LocalDate.of(2027, 1, 15),
                LocalDate.of(2027, 4, 15));
        compare.compare(
                "matches KE, water-sanitation, sw:C1, Jan–Apr 2027 (size 20)",
                "/api/v1/matches?" + kenya.query(),
                matching(kenya));
    }

    private static void volunteers(ServiceVersusSql compare) throws Exception {
        Instant weekAgo = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String byUpdate = "v.updated_at ASC, v.id ASC";
        compare.compare(
                "volunteers, first page (default order: updatedAt)", "/api/v1/volunteers", volunteers("", byUpdate, 0));
        compare.compare(
                "volunteers ?nationality=KE",
                "/api/v1/volunteers?nationality=KE",
                volunteers(" WHERE v.nationality = ?", byUpdate, 0, "KE"));
        compare.compare(
                "volunteers ?skill=water-sanitation",
                "/api/v1/volunteers?skill=water-sanitation",
                volunteers(" WHERE " + skill(), byUpdate, 0, "water-sanitation"));
        compare.compare(
                "volunteers ?language=fr",
                "/api/v1/volunteers?language=fr",
                volunteers(" WHERE " + language(), byUpdate, 0, "fr"));
        compare.compare(
                "volunteers ?nationality=NP&skill=community-health&language=en",
                "/api/v1/volunteers?nationality=NP&skill=community-health&language=en",
                volunteers(
                        " WHERE v.nationality = ? AND " + skill() + " AND " + language(),
                        byUpdate,
                        0,
                        "NP",
                        "community-health",
                        "en"));
        compare.compare(
                "volunteers ?availableFrom=2027-03-01&availableTo=2027-09-30",
                "/api/v1/volunteers?availableFrom=2027-03-01&availableTo=2027-09-30",
                volunteers(
                        " WHERE EXISTS (SELECT 1 FROM availability_window a WHERE a.volunteer_id = v.id"
                                + " AND a.available_from <= ? AND a.available_to >= ?)",
                        byUpdate,
                        0,
                        LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 9, 30)));
        compare.compare(
                "volunteers ?deploymentCountry=NP",
                "/api/v1/volunteers?deploymentCountry=NP",
                volunteers(
                        " WHERE EXISTS (SELECT 1 FROM deployment d WHERE d.volunteer_id = v.id AND d.country = ?"
                                + " AND d.status <> 'CANCELLED')",
                        byUpdate,
                        0,
                        "NP"));
        compare.compare(
                "volunteers ?sort=name&page=1000 (offset 50 000)",
                "/api/v1/volunteers?sort=name&page=1000",
                volunteers("", "v.name ASC, v.id ASC", 1000));
        compare.compare(
                "volunteers ?updatedSince=<a week ago>",
                "/api/v1/volunteers?updatedSince=" + weekAgo,
                volunteers(" WHERE v.updated_at >= ?", byUpdate, 0, weekAgo.atOffset(ZoneOffset.UTC)));
    }

    private static String skill() {
        return "EXISTS (SELECT 1 FROM volunteer_skill s WHERE s.volunteer_id = v.id AND s.skill_code = ?)";
    }

    private static String language() {
        return "EXISTS (SELECT 1 FROM volunteer_language l WHERE l.volunteer_id = v.id AND l.language = ?)";
    }

    /** The page, the count, and the page's eager collections, loaded as Hibernate does: 16 volunteers at a time. */
    private static Floor volunteers(String where, String order, int page, Object... parameters) {
        return new Floor(
                new Sql(
                        "SELECT v.* FROM volunteer v" + where + " ORDER BY " + order + " LIMIT " + LIST_SIZE
                                + " OFFSET " + (long) page * LIST_SIZE,
                        parameters),
                new Sql("SELECT count(*) FROM volunteer v" + where, parameters),
                (connection, ids) -> {
                    for (int from = 0; from < ids.size(); from += COLLECTION_BATCH) {
                        List<Object> batch = ids.subList(from, Math.min(from + COLLECTION_BATCH, ids.size()));
                        for (String collection : COLLECTIONS) {
                            new Sql(collection, connection.createArrayOf("uuid", batch.toArray())).rows(connection);
                        }
                    }
                });
    }

    /** The earlier ranking's page and count for the first page of a need, parameters in the order they appear. */
    private static Floor matching(Need need) {
        List<Object> parameters = new ArrayList<>(need.skills());
        List<String> languageTerms = new ArrayList<>();
        for (String language : need.languages()) {
            String[] codeAndLevel = language.split(":");
            List<String> levels =
                    LEVELS.subList(codeAndLevel.length == 1 ? 0 : LEVELS.indexOf(codeAndLevel[1]), LEVELS.size());
            languageTerms.add(
                    "(SELECT count(*) FROM volunteer_language l WHERE l.volunteer_id = v.id AND l.language = ?"
                            + " AND l.level IN (" + placeholders(levels.size()) + "))");
            parameters.add(codeAndLevel[0]);
            parameters.addAll(levels);
        }
        parameters.addAll(
                List.of(need.from(), need.to(), need.to(), need.from(), need.country(), need.country(), "MATCHING"));
        String inner =
                "SELECT v.id, (SELECT count(*) FROM volunteer_skill s WHERE s.volunteer_id = v.id AND s.skill_code IN ("
                        + placeholders(need.skills().size()) + ")) AS skills, " + String.join(" + ", languageTerms)
                        + " AS languages,"
                        + " EXISTS (SELECT 1 FROM availability_window a WHERE a.volunteer_id = v.id AND a.available_from <= ?"
                        + " AND a.available_to >= ?) AS available,"
                        + " NOT EXISTS (SELECT 1 FROM deployment d WHERE d.volunteer_id = v.id AND d.status <> 'CANCELLED'"
                        + " AND d.planned_start <= ? AND coalesce(d.ended_on, d.planned_end) >= ?) AS free,"
                        + " (EXISTS (SELECT 1 FROM deployment d WHERE d.volunteer_id = v.id AND d.country = ? AND d.status IN "
                        + SERVED + ")"
                        + " OR EXISTS (SELECT 1 FROM participation p WHERE p.volunteer_id = v.id AND p.event_country = ? AND p.status = 'ATTENDED'))"
                        + " AS experienced FROM volunteer v WHERE v.status = 'ACTIVE'"
                        + " AND EXISTS (SELECT 1 FROM consent_record c WHERE c.volunteer_id = v.id AND c.purpose = ? AND c.withdrawn_at IS NULL)";
        String scored =
                "SELECT id, skills, languages, available, 10 * skills + 10 * languages + CASE WHEN available THEN 20 ELSE 0 END"
                        + " + CASE WHEN free THEN 20 ELSE 0 END + CASE WHEN experienced THEN 5 ELSE 0 END AS score FROM ("
                        + inner + ") s";
        String candidates = " m WHERE (skills + languages > 0 OR available)";
        Object[] bound = parameters.toArray();
        return new Floor(
                new Sql(
                        "SELECT id FROM (" + scored + ")" + candidates + " ORDER BY score DESC, id LIMIT " + MATCH_SIZE
                                + " OFFSET 0",
                        bound),
                new Sql("SELECT count(*) FROM (" + scored + ")" + candidates, bound));
    }

    private static String placeholders(int count) {
        String[] marks = new String[count];
        Arrays.fill(marks, "?");
        return String.join(", ", marks);
    }
}
