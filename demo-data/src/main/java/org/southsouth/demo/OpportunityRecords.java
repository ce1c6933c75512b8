package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opportunities and applications (volunteer-service), through the gateway, in batches: the opportunities drafted and
 * opened (or left DRAFT, or CANCELLED), the applications sent and walked to their demo status while the opportunities
 * are OPEN (accepting an offer plans a deployment and fills the opportunity), then the opportunity that ends CLOSED
 * closed. An opportunity a load before created is sent with its externalId alone, so its dates (counted from today)
 * and its status stay as that load left them.
 */
final class OpportunityRecords extends Records {

    static final String OPPORTUNITIES = "opportunities";
    static final String APPLICATIONS = "applications";

    private static final List<String> SELECTION = List.of("SUBMITTED", "SHORTLISTED", "OFFERED");

    private final PartnerRecords partners;
    private final VolunteerRecords volunteers;
    /** Opportunity id by title. */
    private final Map<String, String> opportunityIds = new HashMap<>();

    OpportunityRecords(GatewayClient api, LoadReport report, PartnerRecords partners, VolunteerRecords volunteers) {
        super(api, report);
        this.partners = partners;
        this.volunteers = volunteers;
    }

    void load() {
        section(OPPORTUNITIES, this::loadOpportunities);
        section(APPLICATIONS, this::loadApplications);
        section(OPPORTUNITIES, this::closeOpportunities);
    }

    private void loadOpportunities() {
        Map<String, JsonNode> existing =
                index("/api/v1/opportunities", o -> o.path("title").asText());
        LocalDate today = LocalDate.now();
        List<DemoOpportunities.Opportunity> opportunities = DemoOpportunities.OPPORTUNITIES;
        List<Map<String, Object>> items = new ArrayList<>();
        for (DemoOpportunities.Opportunity opportunity : opportunities) {
            items.add(
                    existing.containsKey(opportunity.title())
                            ? Json.object("externalId", externalId(opportunity))
                            : item(opportunity, today));
        }
        List<JsonNode> results = upsert(
                OPPORTUNITIES,
                "/api/v1/opportunities/bulk",
                items,
                i -> opportunities.get(i).title());
        for (int i = 0; i < results.size(); i++) {
            if (id(results.get(i)) != null) {
                opportunityIds.put(opportunities.get(i).title(), id(results.get(i)));
            }
        }
    }

    private Map<String, Object> item(DemoOpportunities.Opportunity opportunity, LocalDate today) {
        LocalDate start = DemoOpportunities.startOf(opportunity, today);
        return Json.object(
                "externalId",
                externalId(opportunity),
                "title",
                opportunity.title(),
                "titleTranslations",
                opportunity.titleTranslations(),
                "description",
                "Synthetic demo assignment hosted by "
                        + DemoNetwork.organization(opportunity.host()).name() + ".",
                "hostOrganizationId",
                partners.requireOrganization(opportunity.host()),
                "programme",
                "SOUTH_SOUTH_EXCHANGE",
                "country",
                opportunity.country(),
                "city",
                opportunity.city(),
                "startFrom",
                start.toString(),
                "startTo",
                start.plusMonths(1).toString(),
                "durationMonthsMin",
                6,
                "durationMonthsMax",
                12,
                "positions",
                opportunity.positions(),
                "hostProvides",
                "Accommodation and a monthly living allowance",
                "applicationDeadline",
                start.minusMonths(1).toString(),
                "skills",
                List.of(Json.object("code", opportunity.skill(), "level", "INTERMEDIATE", "required", true)),
                "languages",
                List.of(Json.object("code", opportunity.language(), "level", "B2")),
                "sdgs",
                List.of(opportunity.sdg()),
                // Applications come while it is OPEN; the one that ends CLOSED is closed after them.
                "status",
                List.of("DRAFT", "CANCELLED").contains(opportunity.status()) ? opportunity.status() : "OPEN");
    }

    /**
     * In order: an application to an opportunity whose one position was taken before is then REJECTED. An application
     * a load before took to its demo status, or past it (REJECTED when its opportunity was filled), is sent without a
     * status, so nothing moves it back.
     */
    private void loadApplications() {
        Map<String, JsonNode> existing = index(
                "/api/v1/applications",
                a -> a.path("opportunityId").asText() + "|"
                        + a.path("volunteerId").asText());
        List<DemoOpportunities.Application> applications = DemoOpportunities.APPLICATIONS;
        List<Map<String, Object>> items = new ArrayList<>();
        for (DemoOpportunities.Application application : applications) {
            JsonNode stored = existing.get(opportunityIds.get(application.opportunityTitle()) + "|"
                    + volunteers.volunteerIds().get(application.volunteerKey()));
            List<String> path = selectionTo(application.status());
            boolean behind = stored == null
                    || path.indexOf(stored.path("status").asText()) >= 0
                            && path.indexOf(stored.path("status").asText()) < path.indexOf(application.status());
            items.add(Json.object(
                    "externalId",
                    key("application", application.opportunityTitle(), application.volunteerKey()),
                    "opportunityExternalId",
                    key("opportunity", application.opportunityTitle()),
                    "volunteerExternalId",
                    key("volunteer", application.volunteerKey()),
                    "motivation",
                    "Synthetic demo application: I would like to serve with this host.",
                    "status",
                    behind ? application.status() : null));
        }
        upsert(
                APPLICATIONS,
                "/api/v1/applications/bulk",
                items,
                i -> applications.get(i).volunteerKey());
    }

    private void closeOpportunities() {
        List<Map<String, Object>> items = DemoOpportunities.OPPORTUNITIES.stream()
                .filter(opportunity -> "CLOSED".equals(opportunity.status()))
                .map(opportunity -> Json.object("externalId", externalId(opportunity), "status", "CLOSED"))
                .toList();
        upsert(OPPORTUNITIES, "/api/v1/opportunities/bulk", items, i -> "the opportunity that closes");
    }

    /** The steps to an application's demo status: through selection to an answer to the offer, or straight on. */
    private static List<String> selectionTo(String target) {
        return switch (target) {
            case "ACCEPTED", "DECLINED" -> List.of("SUBMITTED", "SHORTLISTED", "OFFERED", target);
            case "REJECTED", "WITHDRAWN" -> List.of("SUBMITTED", target);
            default -> SELECTION;
        };
    }

    private static String externalId(DemoOpportunities.Opportunity opportunity) {
        return key("opportunity", opportunity.title());
    }
}
