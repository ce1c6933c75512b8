package org.southsouth.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A small network loaded only through the gateway's public API gives exactly the impact figures it should. The
 * platform is shared with other system tests, so every figure is checked as the change this scenario makes.
 */
@ExtendWith(RunningPlatform.class)
class ImpactFiguresIT {

    private static final String YEAR = "2019";
    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    @Test
    void figuresCountWhatHappenedOnceAndNothingThatDidNot() {
        JsonPath before = impact("");
        JsonPath beforeIn2019 = impact("from=2019-01-01&to=2019-12-31");
        JsonPath beforeIn2018 = impact("from=2018-01-01&to=2018-12-31");
        JsonPath beforeNepalSdg3 = impact("country=NP&sdg=3");

        String hub = organization("北京志愿服务联合会 (impact IT)", "CN", "ACTIVE", true);
        String nepal = organization("尼泊尔青年志愿者 (impact IT)", "NP", "ACTIVE", false);
        String kenya = organization("Kenya Volunteers (impact IT)", "KE", "ACTIVE", false);
        organization("Thai prospect (impact IT)", "TH", "PROSPECT", false);
        inForce(partnership(hub, nepal));
        step(partnership(hub, kenya), "SIGNED");

        String three = volunteer(hub, "Li Wei");
        String erased = volunteer(hub, "Chen Jing");
        String unverified = volunteer(hub, "Wang Fang");
        String planned = volunteer(hub, "Zhao Lei");
        awaitHost(nepal);
        String deployment = deployment(three, hub, nepal);
        call().contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE"))
                .post("/api/v1/deployments/" + deployment + "/status")
                .then()
                .statusCode(200);
        deployment(planned, hub, nepal);
        verify(hours(three, "2019-06-01", "3"));
        verify(hours(erased, "2019-06-02", "2"));
        hours(unverified, "2019-06-03", "4");

        String visit = event("DELEGATION_VISIT", hub, "NP", nepal);
        call().contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .put("/api/v1/events/" + visit + "/status")
                .then()
                .statusCode(200);
        for (int i = 0; i < 3; i++) {
            attend(visit, member(nepal, "Delegate " + i, "DELEGATE"));
        }
        mark(visit, register(visit, member(nepal, "Absent delegate", "DELEGATE")), "NO_SHOW");
        complete(visit);

        String mission = event("EXPERT_MISSION", hub, "KE", kenya);
        open(mission);
        attend(mission, member(hub, "Expert 1", "EXPERT"));
        attend(mission, member(hub, "Expert 2", "EXPERT"));
        complete(mission);

        String camp = event("EXCHANGE_CAMP", hub, "CN", nepal);
        open(camp);
        String campParticipation = await().atMost(PROPAGATION)
                .until(() -> tryRegister(camp, Map.of("volunteerId", three, "role", "VOLUNTEER")), id -> id != null);
        mark(camp, campParticipation, "ATTENDED");
        attend(camp, member(nepal, "Visiting expert", "EXPERT"));
        attend(camp, member(hub, "Local expert", "EXPERT"));
        complete(camp);

        String cancelled = event("DELEGATION_VISIT", hub, "TH", nepal);
        open(cancelled);
        register(cancelled, member(nepal, "Never came", "DELEGATE"));
        call().contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED"))
                .put("/api/v1/events/" + cancelled + "/status")
                .then()
                .statusCode(200);
        String draft = event("DELEGATION_VISIT", hub, "MM", nepal);

        call().post("/api/v1/volunteers/" + erased + "/erasure").then().statusCode(200);

        await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertEquals(
                        1,
                        call().get("/api/v1/volunteers/" + three + "/participations")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("$")
                                .size(),
                        "the attended camp reached volunteer-service"));
        JsonPath after = impact("");
        assertTrue(after.getBoolean("complete"), after.prettify());
        assertEquals(
                1,
                delta(before, after, "organizationsConnected"),
                "the organization in force with the hub, not the hub");
        assertEquals(1, delta(before, after, "visitsHosted"), "only the completed visit");
        assertEquals(3, delta(before, after, "delegatesHosted"), "attended delegates only");
        assertEquals(
                3,
                delta(before, after, "expertsSent"),
                "the mission's two, and the expert from Nepal at the camp in China");
        assertEquals(
                2,
                delta(before, after, "volunteersEngaged"),
                "three things count once, erased still counts, unverified not");
        assertEquals(1, delta(before, after, "volunteersDeployed"), "a planned deployment is not a deployment");
        assertEquals(
                0,
                new BigDecimal("5").compareTo(decimal(after, "serviceHours").subtract(decimal(before, "serviceHours"))),
                "verified hours only");
        assertEquals(1, countryRow(after, "NP", "volunteers") - countryRow(before, "NP", "volunteers"));
        assertEquals(1, countryRow(after, "NP", "deployments") - countryRow(before, "NP", "deployments"));

        JsonPath in2019 = impact("from=2019-01-01&to=2019-12-31");
        assertEquals(
                0,
                new BigDecimal("5")
                        .compareTo(decimal(in2019, "serviceHours").subtract(decimal(beforeIn2019, "serviceHours"))),
                "the period reaches the hours");
        assertEquals(1, delta(beforeIn2019, in2019, "visitsHosted"), "the visit started in 2019");
        assertEquals(0, delta(beforeIn2018, impact("from=2018-01-01&to=2018-12-31"), "visitsHosted"), "nor in 2018");
        JsonPath nepalSdg3 = impact("country=NP&sdg=3");
        assertTrue(nepalSdg3.getBoolean("complete"), nepalSdg3.prettify());
        assertEquals(
                1,
                delta(beforeNepalSdg3, nepalSdg3, "volunteersDeployed"),
                "the SDG 3 deployment to Nepal, filtered by volunteer-service");

        assertEquals(
                3,
                row(after, "year", YEAR, "events") - row(before, "year", YEAR, "events"),
                "visit, mission and camp; not the cancelled nor the draft visit");
        // Every events figure broken down, and the monthly series: the events started in May 2019 (Shanghai time).
        for (String[] where : List.of(
                new String[] {"year", YEAR},
                new String[] {"month", YEAR + "-05"},
                new String[] {"country", "NP"},
                new String[] {"region", "ASIA_AND_THE_PACIFIC"})) {
            assertEquals(
                    3,
                    row(after, where[0], where[1], "delegatesHosted")
                            - row(before, where[0], where[1], "delegatesHosted"),
                    "delegates hosted by " + where[0]);
        }
        assertEquals(
                1,
                row(after, "month", YEAR + "-05", "visitsHosted") - row(before, "month", YEAR + "-05", "visitsHosted"));
        assertEquals(
                3,
                row(after, "month", YEAR + "-05", "expertsSent") - row(before, "month", YEAR + "-05", "expertsSent"));
        assertEquals(2, row(after, "country", "KE", "expertsSent") - row(before, "country", "KE", "expertsSent"));
        assertEquals(1, row(after, "country", "CN", "expertsSent") - row(before, "country", "CN", "expertsSent"));
        assertEquals(2, row(after, "region", "AFRICA", "expertsSent") - row(before, "region", "AFRICA", "expertsSent"));
        assertEquals(
                1,
                row(after, "month", YEAR + "-02", "volunteersDeployed")
                        - row(before, "month", YEAR + "-02", "volunteersDeployed"),
                "the deployment that started in February");
        assertEquals(
                0,
                new BigDecimal("5").compareTo(hoursRow(after, YEAR + "-06").subtract(hoursRow(before, YEAR + "-06"))),
                "verified hours served in June");
        JsonPath nepalOnly = impact("country=NP");
        assertTrue(nepalOnly.getLong("organizationsConnected") >= 1, nepalOnly.prettify());

        String csv = call().get("/api/v1/impact.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        assertTrue(csv.startsWith("figure,breakdown,key,value"), csv);
        assertTrue(csv.contains("volunteersEngaged,,," + after.getLong("volunteersEngaged")), csv);

        String iati = call().get("/api/v1/impact/iati-activities.xml")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(iati.contains("尼泊尔青年志愿者 (impact IT)"), "Chinese names intact in the IATI export");
        assertTrue(iati.contains("-EVENT-" + visit));
        assertTrue(!iati.contains("-EVENT-" + draft), "drafts are not published");
        assertTrue(iati.contains("-DEPLOYMENT-" + deployment));
    }

    /** A call through the gateway with the platform admin's bearer token (see RunningPlatform). */
    private static RequestSpecification call() {
        return given();
    }

    private static JsonPath impact(String query) {
        String path = "/api/v1/impact" + (query.isEmpty() ? "?breakdown=country,year,month,region" : "?" + query);
        return call().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static long delta(JsonPath before, JsonPath after, String figure) {
        return after.getLong(figure) - before.getLong(figure);
    }

    private static BigDecimal decimal(JsonPath report, String figure) {
        return new BigDecimal(report.getString(figure));
    }

    private static long countryRow(JsonPath report, String country, String column) {
        List<Map<String, Object>> rows = report.getList("deploymentsByCountry");
        return rows.stream()
                .filter(r -> country.equals(r.get("country")))
                .mapToLong(r -> ((Number) r.get(column)).longValue())
                .sum();
    }

    private static long row(JsonPath report, String breakdown, String key, String figure) {
        List<Map<String, Object>> rows = report.getList("breakdowns." + breakdown);
        return rows == null
                ? 0
                : rows.stream()
                        .filter(r -> key.equals(String.valueOf(r.get("key"))))
                        .mapToLong(r -> ((Number) r.getOrDefault(figure, 0)).longValue())
                        .sum();
    }

    private static BigDecimal hoursRow(JsonPath report, String month) {
        List<Map<String, Object>> rows = report.getList("breakdowns.month");
        return rows.stream()
                .filter(r -> month.equals(r.get("key")))
                .map(r -> new BigDecimal(String.valueOf(r.get("serviceHours"))))
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }

    private static String organization(String name, String country, String status, boolean hub) {
        Map<String, Object> body = new HashMap<>(
                Map.of("name", name, "type", "22", "country", country, "hub", hub, "joinedNetworkOn", "2016-06-01"));
        if (!"PROSPECT".equals(status)) {
            body.put("status", status);
        }
        return call().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String partnership(String hub, String other) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Impact IT partnership " + UUID.randomUUID());
        body.put("kind", "EXCHANGE_PROGRAMME");
        body.put(
                "parties",
                List.of(
                        Map.of("organizationId", hub, "role", "FUNDING"),
                        Map.of("organizationId", other, "role", "IMPLEMENTING")));
        body.put("startsOn", "2018-01-01");
        body.put("sdgTargets", List.of("4.7"));
        body.put("countries", List.of("CN", "NP"));
        return call().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void inForce(String partnership) {
        step(partnership, "SIGNED");
        step(partnership, "ACTIVE");
    }

    private static void step(String partnership, String status) {
        call().contentType(ContentType.JSON)
                .body(Map.of("status", status, "on", "2018-01-01"))
                .post("/api/v1/partnerships/" + partnership + "/status")
                .then()
                .statusCode(200);
    }

    private static String volunteer(String home, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", "impact-" + UUID.randomUUID() + "@example.org");
        body.put("nationality", "CN");
        body.put("residence", "CN");
        body.put("homeOrganizationId", home);
        body.put("languages", List.of(Map.of("code", "zh", "level", "NATIVE")));
        return call().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/volunteers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void awaitHost(String organization) {
        await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> call().get("/api/v1/host-organizations/" + organization)
                        .then()
                        .statusCode(200));
    }

    private static String deployment(String volunteer, String sender, String host) {
        return call().contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        volunteer,
                        "sendingOrganizationId",
                        sender,
                        "hostOrganizationId",
                        host,
                        "country",
                        "NP",
                        "programme",
                        "NATIONAL_FOREIGN_AID",
                        "role",
                        "Advisor",
                        "plannedStart",
                        "2019-02-01",
                        "plannedEnd",
                        "2019-10-01",
                        "sdgs",
                        List.of(3)))
                .post("/api/v1/deployments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String hours(String volunteer, String date, String hours) {
        return call().contentType(ContentType.JSON)
                .body(Map.of(
                        "volunteerId",
                        volunteer,
                        "date",
                        date,
                        "hours",
                        new BigDecimal(hours),
                        "activity",
                        "Community health screening",
                        "sdgs",
                        List.of(3)))
                .post("/api/v1/service-hours")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void verify(String hours) {
        call().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/service-hours/" + hours + "/verification")
                .then()
                .statusCode(200);
    }

    /** An event hosted by {@code host}; a visit comes from {@code visitor}. Retried while events-service does not know them yet. */
    private static String event(String kind, String host, String country, String visitor) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind",
                kind,
                "title",
                kind + " impact IT " + UUID.randomUUID(),
                "hostOrganizationId",
                host,
                "country",
                country,
                "city",
                "Capital",
                "startsAt",
                YEAR + "-05-06T02:00:00Z",
                "endsAt",
                YEAR + "-05-08T09:00:00Z",
                "timeZone",
                "Asia/Shanghai",
                "sdgs",
                List.of(17),
                "languages",
                List.of("zh", "en")));
        if (kind.equals("DELEGATION_VISIT")) {
            body.put("delegationVisit", Map.of("visitingOrganizationIds", List.of(visitor), "delegatesCount", 4));
        }
        if (kind.equals("EXPERT_MISSION")) {
            body.put(
                    "expertMission",
                    Map.of(
                            "destinationCountry",
                            country,
                            "destinationCity",
                            "Capital",
                            "expertsCount",
                            2,
                            "expertise",
                            List.of("volunteer management")));
        }
        return await().atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> call().contentType(ContentType.JSON).body(body).post("/api/v1/events"),
                        r -> r.statusCode() != 422)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void open(String event) {
        call().contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN"))
                .put("/api/v1/events/" + event + "/status")
                .then()
                .statusCode(200);
    }

    private static void complete(String event) {
        for (String status : List.of("CLOSED", "COMPLETED")) {
            call().contentType(ContentType.JSON)
                    .body(Map.of("status", status))
                    .put("/api/v1/events/" + event + "/status")
                    .then()
                    .statusCode(200);
        }
    }

    private static Map<String, Object> member(String organization, String name, String role) {
        return Map.of("organizationId", organization, "name", name, "role", role);
    }

    private static String register(String event, Map<String, Object> participant) {
        return call().contentType(ContentType.JSON)
                .body(participant)
                .post("/api/v1/events/" + event + "/participations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Registration of a volunteer events-service may not know yet (it learns volunteers over Kafka). */
    private static String tryRegister(String event, Map<String, Object> participant) {
        var response = call().contentType(ContentType.JSON)
                .body(participant)
                .post("/api/v1/events/" + event + "/participations");
        return response.statusCode() == 201 ? response.path("id") : null;
    }

    private static void attend(String event, Map<String, Object> participant) {
        mark(event, register(event, participant), "ATTENDED");
    }

    private static void mark(String event, String participation, String status) {
        call().contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .put("/api/v1/events/" + event + "/participations/" + participation + "/status")
                .then()
                .statusCode(200);
    }
}
