package org.southsouth.demo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/** Organizations and partnerships (partner-service), through the gateway. */
final class PartnerRecords extends Records {

    static final String ORGANIZATIONS = "organizations";
    static final String PARTNERSHIPS = "partnerships";
    private static final List<String> PARTNERSHIP_LIFE = List.of("DRAFT", "SIGNED", "ACTIVE");

    /** Organization id by acronym. */
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();

    PartnerRecords(GatewayClient api, LoadReport report) {
        super(api, report);
    }

    Map<String, String> organizationIds() {
        return organizationIds;
    }

    void load() {
        section(ORGANIZATIONS, this::loadOrganizations);
        section(PARTNERSHIPS, this::loadPartnerships);
    }

    private void loadOrganizations() {
        Map<String, JsonNode> index = index("/api/v1/organizations", o -> o.path("name").asText());
        inParallel(DemoNetwork.ORGANIZATIONS, org ->
            record(ORGANIZATIONS, org.name(), () -> {
                JsonNode saved = ensure(ORGANIZATIONS, index, org.name(), "/api/v1/organizations", key("org", org.acronym()),
                        Json.object("name", org.name(), "nameTranslations", org.translations().isEmpty() ? null : org.translations(),
                                "acronym", org.acronym(), "type", org.type(), "country", org.country(), "sdgs", org.sdgs(),
                                "website", org.website(), "hub", org.hub(), "joinedNetworkOn", org.joined().toString(),
                                "status", "ACTIVE"));
                organizationIds.put(org.acronym(), saved.path("id").asText());
            }));
    }

    private void loadPartnerships() {
        Map<String, JsonNode> index = index("/api/v1/partnerships", p -> p.path("title").asText());
        inParallel(DemoNetwork.partnerships(), partnership ->
            record(PARTNERSHIPS, partnership.title(), () -> {
                List<Map<String, Object>> parties = partnership.parties().stream()
                        .map(p -> Json.object("organizationId", requireOrganization(p.acronym()), "role", p.role())).toList();
                JsonNode saved = ensure(PARTNERSHIPS, index, partnership.title(), "/api/v1/partnerships",
                        key("partnership", partnership.title()),
                        Json.object("title", partnership.title(), "kind", partnership.kind(), "parties", parties,
                                "sdgTargets", partnership.sdgTargets(), "countries", partnership.countries(),
                                "startsOn", partnership.startsOn().toString(), "endsOn", partnership.endsOn().toString(),
                                "documents", List.of(Json.object("title", "Signed agreement",
                                        "url", "https://documents.example.org/" + key("agreement", partnership.title()) + ".pdf"))));
                String path = "/api/v1/partnerships/" + saved.path("id").asText() + "/status";
                advance(PARTNERSHIPS, saved, "status", PARTNERSHIP_LIFE, "ACTIVE", status -> api.post(path, null, Json.object(
                        "status", status,
                        "on", (status.equals("SIGNED") ? partnership.startsOn().minusWeeks(2) : partnership.startsOn()).toString())));
            }));
    }

    String requireOrganization(String acronym) {
        String id = organizationIds.get(acronym);
        if (id == null) {
            throw new ApiException(0, "organization " + acronym + " was not loaded");
        }
        return id;
    }
}
