package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.reference.UndpRegion;
import org.southsouth.volunteer.statistics.StatisticsFilter;
import org.southsouth.volunteer.statistics.VolunteerStatistics;

/**
 * The statistics read hours and engagement of whole months from rollups the writes keep (migration V9): after every
 * kind of write (hours logged, verified, moved to another day, goal or deployment; a deployment moved to another
 * country, given other goals, programme, start or volunteer, no longer served, served again, deleted; attendances
 * recorded, changed and withdrawn; hours deleted; a volunteer erased; a country moved between regions) they answer
 * exactly what a recount of the records answers, under every filter, periods with and without partial months
 * included; and so do they once refilled from the records, as after a bulk load.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StatisticsRollupsTest {

    private static final List<StatisticsFilter> FILTERS = List.of(
            filter(null, null, null, null, null),
            filter("2024-03-01", "2025-02-28", null, null, null),
            filter("2024-03-02", "2025-03-05", null, null, null),
            filter(null, "2024-06-15", null, null, null),
            filter("2024-06-01", null, null, null, null),
            filter("2024-06-03", "2024-06-20", null, null, null),
            filter(null, null, 3, null, null),
            filter("2024-02-10", "2025-09-30", 4, null, null),
            filter(null, null, null, "SN", null),
            filter("2024-01-15", "2026-12-31", null, "MN", null),
            filter(null, null, null, null, UndpRegion.AFRICA),
            filter("2024-05-31", "2025-01-01", 3, null, UndpRegion.AFRICA),
            filter(null, null, 4, "KE", null),
            filter(null, null, 3, null, UndpRegion.AFRICA),
            filter("2024-01-01", "2024-12-31", null, null, UndpRegion.AFRICA));

    @Inject
    VolunteerStatistics statistics;

    @Inject
    AgroalDataSource dataSource;

    private UUID home;

    @Test
    void theRollupsAnswerWhatARecountAnswersAfterEveryKindOfWrite() throws SQLException {
        home = Organizations.active("TH");
        UUID host = Organizations.active("SN");
        String ana = Volunteers.register(home);
        String ben = Volunteers.register(home);
        String senegal = served(plan(ana, host, "SN", "2024-01-10", "2024-12-31", List.of(3, 4)));
        String mongolia = served(plan(ben, host, "MN", "2024-05-01", "2025-08-31", List.of(4)));
        String first = log(ana, senegal, "2024-03-01", "4.5", List.of(3, 4));
        String second = log(ana, senegal, "2024-06-30", "2.25", List.of(3));
        String third = log(ben, mongolia, "2024-06-03", "6", List.of(4));
        log(ben, null, "2025-03-06", "2", List.of());
        verify(first);
        verify(third);
        assertRollupsEqualRecount();
        assertEquals(
                new BigDecimal("6.75"),
                statistics.compute(filter(null, null, 3, "SN", null)).hours());

        sql("UPDATE service_hours SET served_on = '2024-07-02', hours = 3.75 WHERE id = ?", second);
        sql("INSERT INTO service_hours_sdg (service_hours_id, sdg) VALUES (?, 4)", second);
        sql("DELETE FROM service_hours_sdg WHERE service_hours_id = ? AND sdg = 3", first);
        sql("UPDATE service_hours SET deployment_id = NULL WHERE id = ?", third);
        assertRollupsEqualRecount();

        sql("UPDATE deployment SET country = 'KE' WHERE id = ?", senegal);
        assertRollupsEqualRecount();

        // What moves a volunteer into or out of a precounted key: a second served deployment of the same volunteer,
        // its goals, programme and start changed, handed to another volunteer, a deployment no longer served and
        // served again, and a deployment deleted.
        String kenya = served(plan(ana, host, "KE", "2026-02-01", "2026-10-31", List.of(4)));
        assertRollupsEqualRecount();
        sql("INSERT INTO deployment_sdg (deployment_id, sdg) VALUES (?, 3)", kenya);
        sql("DELETE FROM deployment_sdg WHERE deployment_id = ? AND sdg = 4", kenya);
        sql("UPDATE deployment SET programme = 'UN_VOLUNTEERS', planned_start = '2025-11-15' WHERE id = ?", kenya);
        assertRollupsEqualRecount();
        sql("UPDATE deployment SET volunteer_id = ? WHERE id = ?", Volunteers.register(home), kenya);
        sql("UPDATE deployment SET status = 'CANCELLED' WHERE id = ?", mongolia);
        assertRollupsEqualRecount();
        sql("UPDATE deployment SET status = 'COMPLETED' WHERE id = ?", mongolia);
        sql("DELETE FROM deployment_sdg WHERE deployment_id = ?", kenya);
        sql("DELETE FROM deployment WHERE id = ?", kenya);
        assertRollupsEqualRecount();

        UUID attendance = UUID.randomUUID();
        sql(
                "INSERT INTO participation (id, event_id, event_kind, event_country, volunteer_id, role, status,"
                        + " sequence, updated_at) VALUES (?, gen_random_uuid(), 'WORKSHOP', 'SN', ?::uuid, 'VOLUNTEER',"
                        + " 'ATTENDED', 1, '2024-09-14T23:30:00Z')",
                attendance,
                ben);
        sql(
                "INSERT INTO participation (id, event_id, event_kind, event_country, volunteer_id, role, status,"
                        + " sequence, updated_at) VALUES (gen_random_uuid(), gen_random_uuid(), 'WORKSHOP', NULL,"
                        + " ?::uuid, 'VOLUNTEER', 'ATTENDED', 1, '2025-01-01T00:10:00Z')",
                ana);
        assertRollupsEqualRecount();
        sql(
                "UPDATE participation SET event_country = 'MN', updated_at = '2024-06-18T08:00:00Z' WHERE id = ?",
                attendance);
        assertRollupsEqualRecount();
        sql("UPDATE participation SET status = 'NO_SHOW', sequence = 2 WHERE id = ?", attendance);
        assertRollupsEqualRecount();
        sql("DELETE FROM participation WHERE volunteer_id = ?::uuid", ana);
        assertRollupsEqualRecount();

        sql("DELETE FROM service_hours_sdg WHERE service_hours_id = ?", first);
        sql("DELETE FROM service_hours WHERE id = ?", first);
        given().post("/api/v1/volunteers/" + ben + "/erasure").then().statusCode(200);
        assertRollupsEqualRecount();

        // The shared reference moves a country to another region, and out of every region, and back (V14).
        sql("UPDATE undp_region_country SET region = 'AFRICA' WHERE country = 'MN'");
        sql("DELETE FROM undp_region_country WHERE country = 'KE'");
        assertRollupsEqualRecount();
        sql("UPDATE undp_region_country SET region = 'ASIA_AND_THE_PACIFIC' WHERE country = 'MN'");
        sql("INSERT INTO undp_region_country (country, region) VALUES ('KE', 'AFRICA')");
        assertRollupsEqualRecount();

        sql("SELECT refill_statistics_rollups()");
        assertRollupsEqualRecount();
    }

    /**
     * Two transactions each log an hour entry in two months, in opposite order, the second entry only once both
     * wrote their first: both commit (a rollup row locked by the first write of each, wanted by the second of the
     * other, was a deadlock, PostgreSQL's 40P01), and both are counted.
     */
    @Test
    void writersReachingTheSameRollupRowsInOppositeOrderBothCommit() throws Exception {
        String volunteer = Volunteers.register(Organizations.active("TH"));
        CyclicBarrier firstEntriesWritten = new CyclicBarrier(2);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            Future<String> forward = writers.submit(
                    () -> logInOneTransaction(volunteer, firstEntriesWritten, "2031-01-15", "2031-02-15"));
            Future<String> backward = writers.submit(
                    () -> logInOneTransaction(volunteer, firstEntriesWritten, "2031-02-15", "2031-01-15"));
            assertEquals("committed", forward.get());
            assertEquals("committed", backward.get());
        } finally {
            writers.shutdownNow();
        }
        StatisticsFilter january = filter("2031-01-01", "2031-01-31", null, null, null);
        assertEquals(4.0, statistics.compute(january).hours().doubleValue());
        assertRollupsEqualRecount();
    }

    /** Logs an entry on each day in one transaction; answers "committed" or the SQL state it failed with. */
    private String logInOneTransaction(String volunteer, CyclicBarrier firstEntriesWritten, String... days)
            throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO service_hours (id, volunteer_id,"
                    + " organization_id, served_on, hours, activity, version, created_at, updated_at)"
                    + " VALUES (gen_random_uuid(), ?, gen_random_uuid(), ?, 2, 'Training', 0, now(), now())")) {
                for (int i = 0; i < days.length; i++) {
                    insert.setObject(1, UUID.fromString(volunteer));
                    insert.setObject(2, LocalDate.parse(days[i]));
                    insert.executeUpdate();
                    if (i == 0) {
                        firstEntriesWritten.await(1, TimeUnit.MINUTES);
                    }
                }
                connection.commit();
                return "committed";
            } catch (SQLException e) {
                connection.rollback();
                return e.getSQLState();
            }
        }
    }

    private void assertRollupsEqualRecount() {
        for (StatisticsFilter filter : FILTERS) {
            assertEquals(statistics.recount(filter), statistics.compute(filter), filter.toString());
        }
    }

    private static StatisticsFilter filter(String from, String to, Integer sdg, String country, UndpRegion region) {
        return new StatisticsFilter(
                null,
                from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to),
                sdg,
                country,
                region);
    }

    private void sql(String statement, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i] instanceof String id ? UUID.fromString(id) : values[i]);
            }
            update.execute();
        }
    }

    private String plan(String volunteer, UUID host, String country, String start, String end, List<Integer> sdgs) {
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerId", volunteer);
        body.put("sendingOrganizationId", home.toString());
        body.put("hostOrganizationId", host.toString());
        body.put("country", country);
        body.put("programme", "SOUTH_SOUTH_EXCHANGE");
        body.put("role", "Advisor");
        body.put("plannedStart", start);
        body.put("plannedEnd", end);
        body.put("sdgs", sdgs);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String served(String deployment) {
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/deployments/" + deployment + "/status")
                .then()
                .statusCode(200);
        return deployment;
    }

    private static String log(String volunteer, String deployment, String date, String hours, List<Integer> sdgs) {
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerId", volunteer);
        body.put("deploymentId", deployment);
        body.put("date", date);
        body.put("hours", new BigDecimal(hours));
        body.put("activity", "Training");
        body.put("sdgs", sdgs);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/service-hours")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void verify(String hours) {
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/service-hours/" + hours + "/verification")
                .then()
                .statusCode(200);
    }
}
