package org.southsouth.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.southsouth.launcher.Platform;
import org.southsouth.launcher.PlatformSettings;
import org.southsouth.launcher.QuietLogging;

/** The loader against the packaged platform, started as the run command starts it, through the gateway only. */
class DemoDataIT {

    private static Platform platform;
    private static GatewayClient api;
    private static ClientCredentials admin;

    @BeforeAll
    static void startPlatform() {
        Path home = Path.of(System.getProperty("platform.home", ".."))
                .toAbsolutePath()
                .normalize();
        QuietLogging.apply();
        platform = Platform.start(PlatformSettings.ephemeral(home), line -> System.out.println("[platform] " + line));
        admin = new ClientCredentials(
                platform.admin().clientId(), platform.admin().secret(), null);
        api = new GatewayClient(platform.gatewayUrl(), admin);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void loadsTheWholeNetworkAndASecondLoadChangesNothing() {
        DemoDataLoader loader = new DemoDataLoader(platform.gatewayUrl(), admin, System.out::println);

        LoadReport first = loader.load();
        System.out.print(first.summary());
        assertEquals(List.of(), first.failures());
        first.tallies().forEach((type, tally) -> assertNull(tally.skipped(), type + " was skipped"));
        Map<String, Long> totals = totals();
        assertEquals(DemoNetwork.ORGANIZATIONS.size(), totals.get("organizations"));
        assertEquals(DemoNetwork.partnerships().size(), totals.get("partnerships"));
        assertEquals(DemoNetwork.volunteers().size(), totals.get("volunteers"));
        assertEquals(DemoNetwork.deployments().size() + DemoOpportunities.acceptedOffers(), totals.get("deployments"));
        assertEquals(DemoEvents.all().size(), totals.get("events"));
        assertEquals(DemoKnowledge.PRODUCTS.size(), totals.get("knowledge-products"));
        assertEquals(DemoOpportunities.OPPORTUNITIES.size(), totals.get("opportunities"));
        assertEquals(DemoOpportunities.APPLICATIONS.size(), totals.get("applications"));
        assertTrue(totals.get("service-hours") > 50, "service hours logged: " + totals.get("service-hours"));
        assertTrue(totals.get("participations") > 50, "participants registered: " + totals.get("participations"));

        LoadReport second = loader.load();
        System.out.print(second.summary());
        assertEquals(List.of(), second.failures());
        assertEquals(0, second.totalCreated(), "records created by the second load");
        for (String batched : List.of(
                "organizations", "partnerships", "volunteers", "deployments", "participations", "service-hours")) {
            LoadReport.Tally again = second.of(batched);
            assertEquals(
                    first.of(batched).created(),
                    again.existing() + again.updated(),
                    batched + ": each item of the first load's batch found again by its externalId");
        }
        assertEquals(0, second.totalChanged(), "status changes made by the second load");
        assertEquals(totals, totals());
    }

    @Test
    void theNetworkLooksLikeTheProgrammeItIsModelledOn() {
        new DemoDataLoader(platform.gatewayUrl(), admin, line -> {}).load();

        assertEquals(5, total("/api/v1/deployments?country=NP"));
        assertEquals(5 + 1, total("/api/v1/deployments?country=MM"));
        assertEquals(2, total("/api/v1/deployments?country=TH"));
        assertEquals(2, total("/api/v1/deployments?country=KH"));
        assertEquals(1, total("/api/v1/deployments?country=KE"));
        assertEquals(6, total("/api/v1/deployments?programme=UN_VOLUNTEERS"));
        assertEquals(1, total("/api/v1/organizations?hub=true"));
        for (String region : List.of(
                "ASIA_AND_THE_PACIFIC",
                "AFRICA",
                "ARAB_STATES",
                "LATIN_AMERICA_AND_THE_CARIBBEAN",
                "EUROPE_AND_CENTRAL_ASIA")) {
            assertTrue(total("/api/v1/organizations?region=" + region) >= 5, "partners in " + region);
        }
        assertEquals(8, total("/api/v1/events?kind=DELEGATION_VISIT"));
        assertEquals(5, total("/api/v1/events?kind=EXPERT_MISSION"));
        assertEquals(6, total("/api/v1/knowledge-products?kind=GOOD_PRACTICE"));
        for (String status : List.of("DRAFT", "OPEN", "CLOSED", "FILLED", "CANCELLED")) {
            assertEquals(1, total("/api/v1/opportunities?status=" + status), "opportunities " + status);
        }
        // The application left SUBMITTED to the opportunity whose one position was taken was told: REJECTED.
        for (String status :
                List.of("SUBMITTED", "SHORTLISTED", "OFFERED", "ACCEPTED", "DECLINED", "WITHDRAWN", "REJECTED")) {
            assertTrue(total("/api/v1/applications?status=" + status) >= 1, "applications " + status);
        }
    }

    private static Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String collection : List.of(
                "organizations",
                "partnerships",
                "volunteers",
                "deployments",
                "service-hours",
                "events",
                "knowledge-products",
                "opportunities",
                "applications")) {
            totals.put(collection, total("/api/v1/" + collection));
        }
        long participations = 0;
        for (JsonNode event : api.listAll("/api/v1/events")) {
            participations += total("/api/v1/events/" + event.path("id").asText() + "/participations");
        }
        totals.put("participations", participations);
        totals.put("verified service-hours", total("/api/v1/service-hours?verified=true"));
        return totals;
    }

    private static long total(String path) {
        return api.get(path + (path.contains("?") ? "&" : "?") + "size=1")
                .body()
                .path("total")
                .asLong();
    }
}
