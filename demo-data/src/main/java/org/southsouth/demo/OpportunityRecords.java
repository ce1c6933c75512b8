package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opportunities and applications (volunteer-service), through the gateway; accepting an offer plans a deployment. */
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

    /** Applications come while the opportunities are OPEN; the CLOSED one is closed after them. */
    void load() {
        section(OPPORTUNITIES, this::loadOpportunities);
        section(APPLICATIONS, this::loadApplications);
        section(OPPORTUNITIES, this::closeOpportunities);
    }

    private void loadOpportunities() {
        Map<String, JsonNode> index =
                index("/api/v1/opportunities", o -> o.path("title").asText());
        LocalDate today = LocalDate.now();
        for (DemoOpportunities.Opportunity opportunity : DemoOpportunities.OPPORTUNITIES) {
            record(OPPORTUNITIES, opportunity.title(), () -> {
                LocalDate start = DemoOpportunities.startOf(opportunity, today);
                JsonNode saved = ensure(
                        OPPORTUNITIES,
                        index,
                        opportunity.title(),
                        "/api/v1/opportunities",
                        key("opportunity", opportunity.title()),
                        Json.object(
                                "title",
                                opportunity.title(),
                                "titleTranslations",
                                opportunity.titleTranslations(),
                                "description",
                                "Synthetic demo assignment hosted by "
                                        + DemoNetwork.organization(opportunity.host())
                                                .name() + ".",
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
                                List.of(Json.object(
                                        "code", opportunity.skill(), "level", "INTERMEDIATE", "required", true)),
                                "languages",
                                List.of(Json.object("code", opportunity.language(), "level", "B2")),
                                "sdgs",
                                List.of(opportunity.sdg())));
                String target =
                        List.of("DRAFT", "CANCELLED").contains(opportunity.status()) ? opportunity.status() : "OPEN";
                move(saved, target);
                opportunityIds.put(opportunity.title(), saved.path("id").asText());
            });
        }
    }

    private void loadApplications() {
        Map<String, JsonNode> index = index(
                "/api/v1/applications",
                a -> a.path("opportunityId").asText() + "|"
                        + a.path("volunteerId").asText());
        for (DemoOpportunities.Application application : DemoOpportunities.APPLICATIONS) {
            String opportunityId = opportunityIds.get(application.opportunityTitle());
            String volunteerId = volunteers.volunteerIds().get(application.volunteerKey());
            if (opportunityId == null || volunteerId == null) {
                report.failed(
                        APPLICATIONS, application.volunteerKey() + ": its opportunity or volunteer was not loaded");
                continue;
            }
            record(APPLICATIONS, application.volunteerKey(), () -> {
                JsonNode saved = ensure(
                        APPLICATIONS,
                        index,
                        opportunityId + "|" + volunteerId,
                        "/api/v1/applications",
                        key("application", application.opportunityTitle(), application.volunteerKey()),
                        Json.object(
                                "opportunityId",
                                opportunityId,
                                "volunteerId",
                                volunteerId,
                                "motivation",
                                "Synthetic demo application: I would like to serve with this host."));
                String path = "/api/v1/applications/" + saved.path("id").asText() + "/status";
                advance(
                        APPLICATIONS,
                        saved,
                        "status",
                        selectionTo(application.status()),
                        application.status(),
                        status -> api.post(path, null, Json.object("status", status)));
            });
        }
    }

    private void closeOpportunities() {
        for (DemoOpportunities.Opportunity opportunity : DemoOpportunities.OPPORTUNITIES) {
            String id = opportunityIds.get(opportunity.title());
            if ("CLOSED".equals(opportunity.status()) && id != null) {
                record(
                        OPPORTUNITIES,
                        opportunity.title(),
                        () -> move(api.get("/api/v1/opportunities/" + id).body(), "CLOSED"));
            }
        }
    }

    private void move(JsonNode opportunity, String target) {
        String path = "/api/v1/opportunities/" + opportunity.path("id").asText() + "/status";
        List<String> life =
                "CANCELLED".equals(target) ? List.of("DRAFT", "CANCELLED") : List.of("DRAFT", "OPEN", "CLOSED");
        advance(
                OPPORTUNITIES,
                opportunity,
                "status",
                life,
                target,
                status -> api.post(path, null, Json.object("status", status)));
    }

    /** The steps to an application's demo status: through selection to an answer to the offer, or straight to the end. */
    private static List<String> selectionTo(String target) {
        return switch (target) {
            case "ACCEPTED", "DECLINED" -> List.of("SUBMITTED", "SHORTLISTED", "OFFERED", target);
            case "REJECTED", "WITHDRAWN" -> List.of("SUBMITTED", target);
            default -> SELECTION;
        };
    }
}
