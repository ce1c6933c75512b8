package org.southsouth.volunteer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.embedded.quarkus.KafkaTestResource;
import org.southsouth.embedded.quarkus.PostgresTestResource;

/**
 * The impact report's filters on a known data set: every figure is exact. Three volunteers of one home organization,
 * all registered today: Ana served in Nepal in 2024 (4 verified hours, SDG 3) and in Brazil from September 2025 (6
 * hours, SDG 3); Ben serves in Kenya in 2025 (5 hours on the deployment for SDG 4, 2 hours elsewhere); Cai's Nepal
 * deployment is only planned.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(PostgresTestResource.class)
class StatisticsFiltersTest {

    private UUID home;
    private String ana;
    private String ben;

    @BeforeEach
    void aKnownDataSet() {
        home = Organizations.active("TH");
        UUID host = Organizations.active("NP");
        ana = Volunteers.register(home);
        ben = Volunteers.register(home);
        String cai = Volunteers.register(home);

        String nepal = served(plan(ana, host, "NP", "2024-01-10", "2024-06-30", List.of(3)));
        verify(log(ana, nepal, "2024-03-01", "4", List.of(3)));
        move(nepal, "COMPLETED");
        String kenya = served(plan(ben, host, "KE", "2025-02-01", "2025-08-31", List.of(4, 3)));
        log(ben, kenya, "2025-03-05", "5", List.of(4));
        log(ben, null, "2025-03-06", "2", List.of());
        plan(cai, host, "NP", "2025-03-01", "2025-09-30", List.of(5));
        String brazil = served(plan(ana, host, "BR", "2025-09-01", "2026-02-28", List.of(3)));
        log(ana, brazil, "2025-09-10", "6", List.of(3));
    }

    @Test
    void withoutFiltersEveryServedDeploymentAndHourCounts() {
        statistics("")
                .body("registered", equalTo(3))
                .body("engaged", equalTo(2))
                .body("deployed", equalTo(2))
                .body("hours", equalTo(17.0f))
                .body("verifiedHours", equalTo(4.0f))
                .body("byCountry.country", equalTo(List.of("BR", "KE", "NP")))
                .body(
                        "byRegion.region",
                        equalTo(List.of("AFRICA", "ASIA_AND_THE_PACIFIC", "LATIN_AMERICA_AND_THE_CARIBBEAN")))
                .body("byRegion.deployments", equalTo(List.of(1, 1, 1)))
                .body("byRegion.volunteers", equalTo(List.of(1, 1, 1)));
    }

    @Test
    void aPeriodTakesDeploymentsOverlappingItHoursServedAndRegistrationsInIt() {
        statistics("&from=2025-01-01&to=2025-12-31")
                .body("registered", equalTo(0))
                .body("deployed", equalTo(2))
                .body("engaged", equalTo(2))
                .body("hours", equalTo(13.0f))
                .body("verifiedHours", equalTo(0))
                .body("byCountry.country", equalTo(List.of("BR", "KE")))
                .body("byYear.year", equalTo(List.of(2025)))
                .body("byYear[0].deployed", equalTo(2));
        statistics("&to=2024-12-31")
                .body("deployed", equalTo(1))
                .body("hours", equalTo(4.0f))
                .body("engaged", equalTo(1))
                .body("byCountry.country", equalTo(List.of("NP")));
    }

    @Test
    void anSdgACountryAndARegionNarrowDeploymentsAndTheirHours() {
        statistics("&sdg=3")
                .body("registered", equalTo(3))
                .body("deployed", equalTo(2))
                .body("hours", equalTo(10.0f))
                .body("bySdg.sdg", equalTo(List.of(3)))
                .body("bySdg[0].deployments", equalTo(3))
                .body("bySdg[0].volunteers", equalTo(2))
                .body("bySdg[0].hours", equalTo(10.0f));
        statistics("&country=NP")
                .body("deployed", equalTo(1))
                .body("hours", equalTo(4.0f))
                .body("verifiedHours", equalTo(4.0f))
                .body("byCountry.country", equalTo(List.of("NP")));
        statistics("&region=AFRICA")
                .body("deployed", equalTo(1))
                .body("engaged", equalTo(1))
                .body("hours", equalTo(5.0f))
                .body("byRegion.region", equalTo(List.of("AFRICA")));
        statistics("&region=ASIA_AND_THE_PACIFIC&from=2025-01-01")
                .body("deployed", equalTo(0))
                .body("hours", equalTo(0))
                .body("byRegion", equalTo(List.of()));
    }

    @Test
    void hourTotalsTakeTheSameFilters() {
        totals("YEAR", ben, "").body("items.key", equalTo(List.of("2025"))).body("items[0].hours", equalTo(7.0f));
        totals("YEAR", ben, "&country=KE").body("items[0].hours", equalTo(5.0f));
        totals("SDG", ana, "&region=LATIN_AMERICA_AND_THE_CARIBBEAN")
                .body("items.key", equalTo(List.of("3")))
                .body("items[0].hours", equalTo(6.0f));
        totals("MONTH", ana, "&sdg=3&from=2024-01-01&to=2024-12-31")
                .body("items.key", equalTo(List.of("2024-03")))
                .body("items[0].verifiedHours", equalTo(4.0f));
    }

    @Test
    void badFilterValuesAre400NamingTheParameter() {
        Map<String, String> bad = Map.of(
                "sdg=18",
                "sdg",
                "sdg=three",
                "sdg",
                "country=XX",
                "country",
                "region=ASIA",
                "region",
                "from=2025-13-01",
                "from",
                "from=2025-06-01&to=2025-05-31",
                "to");
        bad.forEach((query, parameter) -> {
            given().get("/api/v1/volunteers/statistics?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItems(parameter));
            given().get("/api/v1/service-hours/totals?groupBy=SDG&" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItems(parameter));
        });
    }

    private io.restassured.response.ValidatableResponse statistics(String filters) {
        return given().get("/api/v1/volunteers/statistics?homeOrganizationId=" + home + filters)
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse totals(
            String groupBy, String volunteer, String filters) {
        return given().get("/api/v1/service-hours/totals?groupBy=" + groupBy + "&volunteerId=" + volunteer + filters)
                .then()
                .statusCode(200);
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
        move(deployment, "ACTIVE");
        return deployment;
    }

    private static void move(String deployment, String status) {
        given().contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .post("/api/v1/deployments/" + deployment + "/status")
                .then()
                .statusCode(200);
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
