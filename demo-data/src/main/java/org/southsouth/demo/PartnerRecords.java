package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Organizations and partnerships (partner-service), through the gateway: each type in one batch, status included. */
final class PartnerRecords extends Records {

    static final String ORGANIZATIONS = "organizations";
    static final String PARTNERSHIPS = "partnerships";

    private final CatchUp catchUp;
    /** Organization id by acronym. */
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();
    /** The last organization this load created or changed: once a service knows it, it knows the ones before. */
    private String lastWritten;

    PartnerRecords(GatewayClient api, LoadReport report, CatchUp catchUp) {
        super(api, report);
        this.catchUp = catchUp;
    }

    Map<String, String> organizationIds() {
        return organizationIds;
    }

    void load() {
        section(ORGANIZATIONS, this::loadOrganizations);
        section(PARTNERSHIPS, this::loadPartnerships);
    }

    /** Waits until the service knows every organization this load wrote (its sync-state, not a 422 retried). */
    void awaitOrganizationsKnown(CatchUp.Service service) {
        if (lastWritten == null) {
            catchUp.awaitTopics(service);
        } else {
            long revision = api.get("/api/v1/organizations/" + lastWritten)
                    .body()
                    .path("revision")
                    .asLong();
            catchUp.awaitOrganization(service, lastWritten, revision);
        }
    }

    private void loadOrganizations() {
        List<DemoNetwork.Org> orgs = DemoNetwork.ORGANIZATIONS;
        List<Map<String, Object>> items = orgs.stream()
                .map(org -> Json.object(
                        "externalId",
                        key("org", org.acronym()),
                        "name",
                        org.name(),
                        "nameTranslations",
                        org.translations().isEmpty() ? null : org.translations(),
                        "acronym",
                        org.acronym(),
                        "type",
                        org.type(),
                        "country",
                        org.country(),
                        "sdgs",
                        org.sdgs(),
                        "website",
                        org.website(),
                        "hub",
                        org.hub(),
                        "joinedNetworkOn",
                        org.joined().toString(),
                        "status",
                        "ACTIVE"))
                .toList();
        List<JsonNode> results = upsert(
                ORGANIZATIONS,
                "/api/v1/organizations/bulk",
                items,
                i -> orgs.get(i).name());
        for (int i = 0; i < results.size(); i++) {
            if (id(results.get(i)) != null) {
                organizationIds.put(orgs.get(i).acronym(), id(results.get(i)));
            }
            if (wrote(results.get(i))) {
                lastWritten = id(results.get(i));
            }
        }
    }

    /** Recorded, signed and activated in one batch, each step on its day (two weeks before the start, the start). */
    private void loadPartnerships() {
        List<DemoNetwork.Partnership> partnerships = DemoNetwork.partnerships();
        List<Map<String, Object>> items = new ArrayList<>();
        for (DemoNetwork.Partnership partnership : partnerships) {
            List<Map<String, Object>> parties = partnership.parties().stream()
                    .map(p -> Json.object("organizationId", organizationId(p.acronym()), "role", p.role()))
                    .toList();
            items.add(Json.object(
                    "externalId",
                    key("partnership", partnership.title()),
                    "title",
                    partnership.title(),
                    "kind",
                    partnership.kind(),
                    "parties",
                    parties,
                    "sdgTargets",
                    partnership.sdgTargets(),
                    "countries",
                    partnership.countries(),
                    "startsOn",
                    partnership.startsOn().toString(),
                    "endsOn",
                    partnership.endsOn().toString(),
                    "status",
                    "ACTIVE",
                    "signedOn",
                    partnership.startsOn().minusWeeks(2).toString(),
                    "activatedOn",
                    partnership.startsOn().toString(),
                    "documents",
                    List.of(Json.object(
                            "title",
                            "Signed agreement",
                            "url",
                            "https://documents.example.org/" + key("agreement", partnership.title()) + ".pdf"))));
        }
        upsert(
                PARTNERSHIPS,
                "/api/v1/partnerships/bulk",
                items,
                i -> partnerships.get(i).title());
    }

    /** The id of an organization of this load; null when it was not loaded (the item naming it fails, named). */
    String organizationId(String acronym) {
        return organizationIds.get(acronym);
    }

    String requireOrganization(String acronym) {
        String id = organizationIds.get(acronym);
        if (id == null) {
            throw new ApiException(0, "organization " + acronym + " was not loaded");
        }
        return id;
    }
}
