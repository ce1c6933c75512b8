package org.southsouth.gateway.impact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.gateway.openapi.ServiceDocuments;

@QuarkusTest
@WithTestResource(ImpactStubs.class)
class ImpactResourceTest {

    // The gateway's own document, as the merged one takes it: /q/openapi is not served on the public port.
    @Inject
    ServiceDocuments ownDocument;

    private String bearer;

    @BeforeEach
    void token() {
        bearer = Tokens.bearer();
        ImpactStubs.RECEIVED.clear();
    }

    private RequestSpecification caller() {
        return given().header("Authorization", bearer);
    }

    @Test
    void composesEveryHeadlineFigureFromTheServicesStatistics() {
        caller().when()
                .get("/api/v1/impact")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("complete", equalTo(true))
                .body("missing", empty())
                .body("organizationsConnected", equalTo(83))
                .body("countriesAndRegions", equalTo(3))
                .body("visitsHosted", equalTo(20))
                .body("delegatesHosted", equalTo(420))
                .body("expertsSent", equalTo(33))
                .body("volunteersEngaged", equalTo(3012))
                .body("volunteersDeployed", equalTo(16))
                .body("deploymentsByCountry.country", contains("KE", "MM", "NP"))
                .body("deploymentsByCountry[2].deployments", equalTo(11))
                .body("deploymentsByCountry[2].volunteers", equalTo(10))
                .body("serviceHours", equalTo(4800.25f))
                .body("opportunities.published", equalTo(5))
                .body("opportunities.open", equalTo(2))
                .body("opportunities.positions", equalTo(10))
                .body("opportunities.openPositions", equalTo(3))
                .body("opportunities.positionsFilled", equalTo(4))
                .body("opportunities.applications", equalTo(12))
                .body("opportunities.fillRate", equalTo(0.4f))
                .body("opportunities.medianDaysToFill", equalTo(20.5f))
                .body("breakdowns", nullValue());
    }

    @Test
    void passesEveryFilterToEveryServiceWhichAppliesItToItsRecords() {
        caller().when()
                .get("/api/v1/impact?from=2017-01-01&to=2017-12-31&sdg=4&country=np&region=asia_and_the_pacific")
                .then()
                .statusCode(200)
                .body("filters.from", equalTo("2017-01-01"))
                .body("filters.country", equalTo("NP"))
                .body("filters.region", equalTo("ASIA_AND_THE_PACIFIC"))
                .body("complete", equalTo(true))
                .body("missing", empty())
                .body("organizationsConnected", equalTo(83))
                .body("visitsHosted", equalTo(20))
                .body("volunteersEngaged", equalTo(3012))
                .body("serviceHours", equalTo(4800.25f));
        String filters = "from=2017-01-01&to=2017-12-31&sdg=4&country=NP&region=ASIA_AND_THE_PACIFIC";
        for (String path : List.of(
                "/api/v1/organizations/statistics", "/api/v1/events/statistics", "/api/v1/volunteers/statistics")) {
            assertEquals(List.of(filters), received(path), path + " got every filter, in one request");
        }
    }

    @Test
    void aStoppedServiceLeavesOnlyItsFiguresMissing() {
        ImpactStubs.stop("events");
        try {
            caller().when()
                    .get("/api/v1/impact")
                    .then()
                    .statusCode(200)
                    .time(lessThan(3_000L))
                    .body("complete", equalTo(false))
                    .body("organizationsConnected", equalTo(83))
                    .body("volunteersEngaged", equalTo(3012))
                    .body("visitsHosted", nullValue())
                    .body("delegatesHosted", nullValue())
                    .body("expertsSent", nullValue())
                    .body("missing.figure", contains("visitsHosted", "delegatesHosted", "expertsSent"))
                    .body("missing.reason", everyItemIs("SERVICE_UNAVAILABLE"))
                    .body("missing.service", everyItemIs("events"));
        } finally {
            ImpactStubs.start("events");
        }
    }

    @Test
    void aFailingServiceIsNotAskedAgainUntilItsCircuitBreakerLetsAProbeThrough() {
        ImpactStubs.stop("events");
        try {
            for (int failure = 0; failure < 3; failure++) {
                caller().when().get("/api/v1/impact").then().statusCode(200);
            }
            caller().when()
                    .get("/api/v1/impact")
                    .then()
                    .statusCode(200)
                    .body("organizationsConnected", equalTo(83))
                    .body("missing.find { it.figure == 'visitsHosted' }.reason", equalTo("SERVICE_UNAVAILABLE"))
                    .body("missing.find { it.figure == 'visitsHosted' }.detail", containsString("is failing"));
        } finally {
            ImpactStubs.start("events");
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> caller().when()
                        .get("/api/v1/impact")
                        .then()
                        .body("complete", equalTo(true))
                        .body("visitsHosted", equalTo(20)));
    }

    @Test
    void composingAReportStartsNoThread() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int reports = 20;
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            caller().when().get("/api/v1/impact").then().statusCode(200);
        }
        long startedBefore = threads.getTotalStartedThreadCount();
        for (int report = 0; report < reports; report++) {
            caller().when().get("/api/v1/impact").then().statusCode(200);
        }
        long started = threads.getTotalStartedThreadCount() - startedBefore;
        // Before each answer ran on a thread of its own: 60 started for 20 reports.
        assertTrue(started < reports, started + " threads started for " + reports + " reports");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsCutOff() {
        ImpactStubs.DELAY_MILLIS.put("volunteer", 4_000);
        try {
            caller().when()
                    .get("/api/v1/impact")
                    .then()
                    .statusCode(200)
                    .time(lessThan(3_500L))
                    .body("organizationsConnected", equalTo(83))
                    .body("volunteersEngaged", nullValue())
                    .body("serviceHours", nullValue())
                    .body(
                            "missing.find { it.figure == 'volunteersEngaged' }.detail",
                            org.hamcrest.Matchers.containsString("did not answer"));
        } finally {
            ImpactStubs.DELAY_MILLIS.clear();
        }
    }

    @Test
    void breaksDownBySdgAndMonthAndSaysWhatIsNotBrokenDown() {
        // verified hours come from volunteer-service's statistics, which are network-wide for every caller

        caller().when()
                .get("/api/v1/impact?breakdown=sdg,month")
                .then()
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("breakdowns.sdg.key", contains("3", "4", "17"))
                .body("breakdowns.sdg[1].volunteersDeployed", equalTo(9))
                .body("breakdowns.sdg[1].serviceHours", equalTo(100.5f))
                .body("breakdowns.sdg[1].partnerships", equalTo(5))
                .body("breakdowns.sdg[1].events", equalTo(12))
                .body("breakdowns.sdg[1].goodPractices", equalTo(2))
                .body("breakdowns.sdg[1].serviceHoursLogged", equalTo(120))
                .body("breakdowns.sdg[1].visitsHosted", equalTo(2))
                .body("breakdowns.sdg[1].delegatesHosted", equalTo(30))
                .body("breakdowns.sdg[1].expertsSent", equalTo(3))
                .body("breakdowns.sdg[2].volunteersDeployed", equalTo(0))
                .body("breakdowns.sdg[2].delegatesHosted", equalTo(420))
                .body("breakdowns.month.key", contains("2016-11", "2017-03"))
                .body("breakdowns.month[0].serviceHours", equalTo(180.25f))
                .body("breakdowns.month.volunteersDeployed", contains(6, 10))
                .body("breakdowns.month.volunteersRegistered", contains(100, 3400))
                .body("breakdowns.month.events", contains(3, 40))
                .body("breakdowns.month.delegatesHosted", contains(100, 320))
                .body("breakdowns.month.expertsSent", contains(13, 20))
                .body("missing.findAll { it.breakdown == 'sdg' }.figure", not(hasItem("visitsHosted")))
                .body("missing.findAll { it.breakdown == 'sdg' }.figure", hasItem("organizationsConnected"))
                .body(
                        "missing.find { it.breakdown == 'month' && it.figure == 'volunteersEngaged' }.reason",
                        equalTo("NOT_PROVIDED"));
    }

    @Test
    void breaksDownTheOpportunityFiguresByCountryRegionSdgAndProgramme() {
        caller().when()
                .get("/api/v1/impact?breakdown=country,programme,sdg")
                .then()
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("breakdowns.country.key", contains("CN", "KE", "MM", "NP"))
                .body("breakdowns.country.opportunitiesPublished", contains(0, 1, 0, 4))
                .body("breakdowns.country.opportunitiesOpen", contains(0, 0, 0, 2))
                .body("breakdowns.country.opportunityPositions", contains(0, 3, 0, 7))
                .body("breakdowns.country.opportunityPositionsOpen", contains(0, 0, 0, 3))
                .body("breakdowns.country.opportunityPositionsFilled", contains(0, 1, 0, 3))
                .body("breakdowns.country.opportunityApplications", contains(0, 2, 0, 10))
                .body(
                        "breakdowns.country.opportunityFillRate",
                        contains(nullValue(), equalTo(0.33333334f), nullValue(), equalTo(0.42857143f)))
                .body(
                        "breakdowns.country.opportunityMedianDaysToFill",
                        contains(nullValue(), nullValue(), nullValue(), equalTo(20.5f)))
                .body("breakdowns.country.find { it.key == 'MM' }.containsKey('opportunityFillRate')", equalTo(true))
                .body("breakdowns.programme.key", contains("UN_VOLUNTEERS"))
                .body("breakdowns.programme[0].volunteersDeployed", equalTo(5))
                .body("breakdowns.programme[0].deployments", equalTo(5))
                .body("breakdowns.programme[0].opportunitiesPublished", equalTo(5))
                .body("breakdowns.programme[0].opportunityFillRate", equalTo(0.4f))
                .body("breakdowns.sdg.key", contains("3", "4", "17"))
                .body("breakdowns.sdg.opportunitiesPublished", contains(2, 3, 0))
                .body("breakdowns.sdg.opportunityMedianDaysToFill", contains(equalTo(20.5f), nullValue(), nullValue()))
                .body(
                        "missing.find { it.breakdown == 'programme' && it.figure == 'serviceHours' }.reason",
                        equalTo("NOT_PROVIDED"))
                .body("missing.findAll { it.figure.startsWith('opportunit') }", empty());

        caller().when()
                .get("/api/v1/impact?region=AFRICA&breakdown=region,year")
                .then()
                .statusCode(200)
                .body("breakdowns.region.key", contains("AFRICA"))
                .body("breakdowns.region[0].opportunitiesPublished", equalTo(1))
                .body("breakdowns.region[0].opportunityMedianDaysToFill", nullValue())
                .body(
                        "missing.find { it.breakdown == 'year' && it.figure == 'opportunityFillRate' }.reason",
                        equalTo("NOT_PROVIDED"));
    }

    @Test
    void opportunityFiguresVolunteerServiceDoesNotGiveAreMissingNotZero() {
        try {
            ImpactStubs.VOLUNTEERS_INSTEAD.set(
                    ImpactStubs.VOLUNTEERS.replaceFirst("(?s)\"opportunities\":\\{.*", "") + "\"opportunities\":null}");
            caller().when()
                    .get("/api/v1/impact?breakdown=country")
                    .then()
                    .statusCode(200)
                    .body("complete", equalTo(false))
                    .body("volunteersDeployed", equalTo(16))
                    .body("opportunities", nullValue())
                    .body(
                            "missing.find { it.figure == 'opportunities' }",
                            allOf(hasEntry("reason", "NOT_PROVIDED"), hasEntry("service", "volunteer")))
                    .body(
                            "missing.find { it.figure == 'opportunitiesPublished' }",
                            allOf(hasEntry("breakdown", "country"), hasEntry("reason", "NOT_PROVIDED")))
                    .body("breakdowns.country[0]", not(hasKey("opportunitiesPublished")))
                    .body("breakdowns.country.find { it.key == 'NP' }.volunteersDeployed", equalTo(10));

            // A tally without one of its counts (here positionsFilled under another name) is not read as 0.
            ImpactStubs.VOLUNTEERS_INSTEAD.set(ImpactStubs.VOLUNTEERS.replace("\"positionsFilled\"", "\"filled\""));
            caller().when()
                    .get("/api/v1/impact?breakdown=country")
                    .then()
                    .statusCode(200)
                    .body("complete", equalTo(false))
                    .body("opportunities", nullValue())
                    .body("missing.find { it.figure == 'opportunities' }.reason", equalTo("NOT_PROVIDED"))
                    .body("missing.find { it.figure == 'opportunityPositionsFilled' }.breakdown", equalTo("country"))
                    .body("breakdowns.country[0]", not(hasKey("opportunityPositionsFilled")))
                    .body("breakdowns.country.find { it.key == 'NP' }.opportunitiesPublished", equalTo(4));
        } finally {
            ImpactStubs.VOLUNTEERS_INSTEAD.set(null);
        }
    }

    @Test
    void aBreakdownOnTheFilteredDimensionKeepsOnlyTheFilteredKey() {
        caller().when()
                .get("/api/v1/impact?country=NP&breakdown=country")
                .then()
                .statusCode(200)
                .body("breakdowns.country.key", contains("NP"))
                .body("breakdowns.country[0].organizationsConnected", equalTo(80))
                .body("breakdowns.country[0].volunteersDeployed", equalTo(10));
    }

    @Test
    void breaksDownByRegionWithTheDeploymentsVolunteerServiceCountsThere() {
        caller().when()
                .get("/api/v1/impact?breakdown=region")
                .then()
                .statusCode(200)
                .body("breakdowns.region.key", contains("AFRICA", "ASIA_AND_THE_PACIFIC"))
                .body("breakdowns.region.organizationsConnected", contains(1, 82))
                .body("breakdowns.region.volunteersDeployed", contains(1, 14))
                .body("breakdowns.region.deployments", contains(1, 15))
                .body("breakdowns.region.events", contains(0, 35))
                .body("breakdowns.region.delegatesHosted", contains(0, 420))
                .body("missing.findAll { it.breakdown == 'region' }.figure", not(hasItem("volunteersDeployed")))
                .body(
                        "missing.find { it.breakdown == 'region' && it.figure == 'serviceHours' }.reason",
                        equalTo("NOT_PROVIDED"));

        caller().when()
                .get("/api/v1/impact?region=AFRICA&breakdown=region")
                .then()
                .statusCode(200)
                .body("breakdowns.region.key", contains("AFRICA"))
                .body("breakdowns.region.volunteersDeployed", contains(1))
                .body("breakdowns.region.deployments", contains(1));
    }

    @Test
    void registrationsByYearAreLeftOutUnderFiltersTheyCannotObey() {
        caller().when()
                .get("/api/v1/impact?from=2016-01-01&breakdown=year")
                .then()
                .statusCode(200)
                .body("breakdowns.year.volunteersRegistered", contains(100, 3400))
                .body("missing.findAll { it.figure == 'volunteersRegistered' }", empty());

        caller().when()
                .get("/api/v1/impact?sdg=4&country=NP&breakdown=year")
                .then()
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("breakdowns.year.key", contains("2016", "2017"))
                .body("breakdowns.year.volunteersDeployed", contains(6, 10))
                .body("breakdowns.year.findAll { it.containsKey('volunteersRegistered') }", empty())
                .body(
                        "missing.find { it.figure == 'volunteersRegistered' }",
                        allOf(
                                hasEntry("breakdown", "year"),
                                hasEntry("reason", "FILTER_NOT_SUPPORTED"),
                                hasEntry("service", "volunteer"),
                                hasEntry(equalTo("detail"), containsString("sdg, country;"))));
    }

    @Test
    void theOpenApiDocumentDescribesTheFiltersEveryServiceNowApplies() {
        JsonPath document = new JsonPath(ownDocument.gateway().toString());
        String report = document.getMap("components.schemas.ImpactReport").toString();
        assertFalse(report.contains("cannot filter"), report);
        assertTrue(report.contains(ImpactReport.BREAKDOWN_FIGURES), report);
        String operation = document.getString("paths.'/api/v1/impact'.get.description");
        assertFalse(operation.contains("only service hours so far"), operation);
        assertTrue(operation.contains(ImpactReport.BREAKDOWN_FIGURES), operation);
    }

    @Test
    void readsTheServicesWithTheCallersTokenAndRequestId() {
        caller().header("X-Request-Id", "impact-request-7")
                .when()
                .get("/api/v1/impact")
                .then()
                .statusCode(200);
        assertFalse(ImpactStubs.RECEIVED.isEmpty());
        ImpactStubs.RECEIVED.forEach(r -> {
            assertEquals(bearer, r.authorization(), r.path());
            assertEquals("impact-request-7", r.requestId(), r.path());
        });
    }

    @Test
    void exportsTheFiguresAsCsvWithoutBom() {
        byte[] body = caller().when()
                .get("/api/v1/impact.csv?breakdown=country")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("impact.csv"))
                .extract()
                .asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertEquals('f', csv.charAt(0), "no byte order mark");
        List<String> lines = csv.lines().toList();
        assertEquals(ImpactCsv.HEADER_LINE, lines.get(0));
        assertTrue(lines.contains("organizationsConnected,,,83,,,"), csv);
        assertTrue(lines.contains("serviceHours,,,4800.25,,,"), csv);
        assertTrue(lines.contains("deploymentsByCountry.volunteers,country,NP,10,,,"), csv);
        assertTrue(lines.contains("volunteersDeployed,country,MM,4,,,"), csv);
        assertTrue(lines.contains("delegatesHosted,country,CN,400,,,"), csv);
        assertTrue(lines.contains("opportunitiesPublished,,,5,,,"), csv);
        assertTrue(lines.contains("opportunityFillRate,,,0.4,,,"), csv);
        assertTrue(lines.contains("opportunityMedianDaysToFill,,,20.5,,,"), csv);
        assertTrue(lines.contains("opportunityPositionsFilled,country,NP,3,,,"), csv);
        assertTrue(lines.contains("opportunityMedianDaysToFill,country,KE,,,,"), csv);
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("volunteersEngaged,country,,,NOT_PROVIDED,volunteer,")), csv);
        assertTrue(csv.contains("\r\n"), "CRLF line ends");

        String same = caller().when()
                .get("/api/v1/impact?format=csv&breakdown=country")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        assertEquals(csv.lines().count(), same.lines().count());
    }

    @Test
    void badFiltersAreProblemsAndNothingIsAsked() {
        caller().when().get("/api/v1/impact?sdg=18").then().statusCode(400).contentType("application/problem+json");
        caller().when()
                .get("/api/v1/impact?from=2020-01-01&to=2019-01-01")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        caller().when()
                .get("/api/v1/impact?from=yesterday")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        caller().when()
                .get("/api/v1/impact?country=Nepal")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        caller().when()
                .get("/api/v1/impact?region=MOON")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        caller().when()
                .get("/api/v1/impact?breakdown=planet")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        caller().when().get("/api/v1/impact?format=pdf").then().statusCode(400).contentType("application/problem+json");
        assertTrue(ImpactStubs.RECEIVED.isEmpty());
    }

    @Test
    void needsAToken() {
        given().when().get("/api/v1/impact").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void anUnknownApiPathIsStillA404Problem() {
        caller().when().get("/api/v1/unicorns").then().statusCode(404).contentType("application/problem+json");
    }

    private static List<String> received(String path) {
        return ImpactStubs.RECEIVED.stream()
                .filter(r -> r.path().equals(path))
                .map(ImpactStubs.Received::query)
                .toList();
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
