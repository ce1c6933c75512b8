package org.southsouth.partner.statistics;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;
import org.southsouth.partner.Organizations;
import org.southsouth.partner.Partnerships;
import org.southsouth.reference.UndpRegion;

/**
 * What the statistics read from migration V6's links and rollup equals a recount from the records, for periods
 * with whole and partial years and months and every selection, after every kind of write that moves a figure:
 * organizations registered, changed (hub, country, goals) and moved between statuses; partnerships recorded, their
 * parties, goals, countries and term changed, moved through their life, renewed with a new end, closed; a term that
 * ends before it starts; and a refill.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StatisticsRollupsTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    StatisticsStore statistics;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theFiguresEqualARecountAfterEveryKindOfWrite() throws Exception {
        String hub = member("Rollup hub", "KE", true, List.of(4, 6));
        String nepal = member("Rollup Nepal", "NP", false, List.of(4));
        String ghana = member("Rollup Ghana", "GH", false, List.of(6));
        assertEqualToRecount("organizations registered");

        String exchange = agreement("Rollup exchange", hub, nepal, "2023-03-14", "2025-06-10", List.of("4.1", "6.2"));
        assertEqualToRecount("a partnership recorded");
        Partnerships.step(exchange, "SIGNED", "2023-02-20");
        Partnerships.step(exchange, "ACTIVE", "2023-03-01");
        assertEqualToRecount("a partnership in force");

        patch("/api/v1/partnerships/" + exchange, Map.of("countries", List.of("KE", "NP", "GH", "NP")));
        patch("/api/v1/partnerships/" + exchange, Map.of("sdgTargets", List.of("6.2", "8.5")));
        patch("/api/v1/partnerships/" + exchange, Map.of("startsOn", "2023-01-31", "endsOn", "2024-12-31"));
        assertEqualToRecount("goals, countries and term changed");

        given().contentType(ContentType.JSON)
                .body(Map.of("status", "RENEWED", "on", "2024-11-30", "endsOn", "2026-02-28"))
                .post("/api/v1/partnerships/" + exchange + "/status")
                .then()
                .statusCode(200);
        assertEqualToRecount("renewed with a new end");

        String draft = agreement("Rollup draft", nepal, ghana, null, "2021-05-01", List.of("4.7"));
        assertEqualToRecount("a term ending before it starts");
        patch(
                "/api/v1/partnerships/" + draft,
                Map.of(
                        "parties",
                        List.of(
                                Map.of("organizationId", hub, "role", "FUNDING"),
                                Map.of("organizationId", ghana, "role", "IMPLEMENTING")),
                        "endsOn",
                        "2031-01-01"));
        Partnerships.step(draft, "SIGNED", "2024-07-17");
        Partnerships.step(draft, "ACTIVE", "2024-08-01");
        assertEqualToRecount("parties changed, then in force");

        patch("/api/v1/organizations/" + hub, Map.of("country", "TZ", "sdgs", List.of(6)));
        patch("/api/v1/organizations/" + ghana, Map.of("hub", true));
        assertEqualToRecount("organizations changed");
        given().contentType(ContentType.JSON)
                .body(Map.of("status", "INACTIVE"))
                .post("/api/v1/organizations/" + hub + "/status")
                .then()
                .statusCode(200);
        assertEqualToRecount("a hub inactive");

        Partnerships.step(exchange, "CLOSED", "2025-01-15");
        assertEqualToRecount("a partnership closed");

        try (Connection connection = dataSource.getConnection();
                Statement refill = connection.createStatement()) {
            refill.execute("SELECT refill_statistics_rollups()");
        }
        assertEqualToRecount("a refill");
    }

    /**
     * A term with no start, signing or activation date starts on its creation day in UTC, whatever the time zone of
     * the session that wrote it: noon UTC on 31 January is already 1 February in Kiritimati (UTC+14).
     */
    @Test
    void aTermStartingOnItsCreationDayStartsOnThatDayInUtcWhateverTheWritersTimeZone() throws Exception {
        String hub = member("Zone hub", "KE", true, List.of(4));
        String nepal = member("Zone Nepal", "NP", false, List.of(4));
        String undated = agreement("Zone undated", hub, nepal, null, "2031-01-01", List.of("4.1"));
        Partnerships.step(undated, "SIGNED", "2023-01-20");
        Partnerships.step(undated, "ACTIVE", "2023-01-25");
        try (Connection connection = dataSource.getConnection();
                Statement zone = connection.createStatement();
                PreparedStatement write = connection.prepareStatement("UPDATE partnership SET signed_on = NULL,"
                        + " activated_on = NULL, created_at = '2023-01-31 12:00:00+00' WHERE id = CAST(? AS uuid)")) {
            zone.execute("SET TIME ZONE 'Pacific/Kiritimati'");
            try {
                write.setString(1, undated);
                write.executeUpdate();
            } finally {
                zone.execute("RESET TIME ZONE");
            }
        }
        assertEqualToRecount("a term created at noon UTC, written at UTC+14");
    }

    private void assertEqualToRecount(String after) {
        for (LocalDate[] period : periods()) {
            for (StatisticsFilter filter : filters(period[0], period[1])) {
                assertEquals(
                        statistics.recountPartnerships(filter), statistics.partnerships(filter), after + ": " + filter);
                assertEquals(
                        statistics.recountOrganizations(filter),
                        statistics.organizations(filter),
                        after + ": " + filter);
            }
        }
    }

    /** Whole and partial years and months, one day, open ends. */
    private static List<LocalDate[]> periods() {
        List<LocalDate[]> periods = new ArrayList<>();
        periods.add(new LocalDate[] {null, null});
        periods.add(new LocalDate[] {LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")});
        periods.add(new LocalDate[] {LocalDate.parse("2023-03-14"), LocalDate.parse("2025-06-09")});
        periods.add(new LocalDate[] {LocalDate.parse("2024-12-31"), LocalDate.parse("2025-01-01")});
        periods.add(new LocalDate[] {LocalDate.parse("2025-06-11"), LocalDate.parse("2025-06-11")});
        periods.add(new LocalDate[] {LocalDate.parse("2021-05-02"), null});
        periods.add(new LocalDate[] {null, LocalDate.parse("2023-01-31")});
        return periods;
    }

    /** No filter, each one the rollup holds, and those counted from the records. */
    private static List<StatisticsFilter> filters(LocalDate from, LocalDate to) {
        return List.of(
                new StatisticsFilter(from, to, null, null, null),
                new StatisticsFilter(from, to, 4, null, null),
                new StatisticsFilter(from, to, 6, null, null),
                new StatisticsFilter(from, to, null, null, UndpRegion.AFRICA),
                new StatisticsFilter(from, to, null, "NP", null),
                new StatisticsFilter(from, to, 6, null, UndpRegion.AFRICA));
    }

    private static String member(String name, String country, boolean hub, List<Integer> sdgs) {
        Map<String, Object> body = Organizations.body(name, "22", country);
        body.put("sdgs", sdgs);
        body.put("status", "ACTIVE");
        body.put("joinedNetworkOn", "2022-06-15");
        body.put("hub", hub);
        return Organizations.register(body);
    }

    private static String agreement(
            String title, String first, String second, String startsOn, String endsOn, List<String> targets) {
        Map<String, Object> body = Partnerships.body(title, "MOU", first, "FUNDING", second, "IMPLEMENTING");
        if (startsOn != null) {
            body.put("startsOn", startsOn);
        }
        body.put("endsOn", endsOn);
        body.put("sdgTargets", targets);
        body.put("countries", List.of("KE", "NP"));
        return Partnerships.create(body);
    }

    private static void patch(String path, Map<String, Object> changes) {
        given().contentType(MERGE_PATCH).body(changes).patch(path).then().statusCode(200);
    }
}
