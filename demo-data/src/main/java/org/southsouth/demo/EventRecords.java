package org.southsouth.demo;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Events with their participants, and knowledge products (events-service), through the gateway. An event is
 * drafted, opened, its participants registered, closed, their attendance recorded, and completed, as organizers
 * would; a second load finds it COMPLETED with everyone there and changes nothing.
 */
final class EventRecords extends Records {

    static final String EVENTS = "events";
    static final String PARTICIPATIONS = "participations";
    static final String KNOWLEDGE_PRODUCTS = "knowledge-products";
    private static final List<String> EVENT_LIFE = List.of("DRAFT", "OPEN", "CLOSED", "COMPLETED");
    private static final List<String> REVIEW_LIFE = List.of("DRAFT", "IN_REVIEW", "PUBLISHED");
    private static final Duration REPLICA_WAIT = Duration.ofSeconds(60);

    private final PartnerRecords partners;
    private final VolunteerRecords volunteers;
    private final Map<String, JsonNode> eventsByTitle = new ConcurrentHashMap<>();
    /** Local volunteers who helped at each event, by title: they log hours for it. */
    private final Map<String, List<String>> eventVolunteers = new ConcurrentHashMap<>();

    EventRecords(GatewayClient api, LoadReport report, PartnerRecords partners, VolunteerRecords volunteers) {
        super(api, report);
        this.partners = partners;
        this.volunteers = volunteers;
    }

    Map<String, JsonNode> eventsByTitle() {
        return eventsByTitle;
    }

    Map<String, List<String>> eventVolunteers() {
        return eventVolunteers;
    }

    void load() {
        section(EVENTS, this::loadEvents);
        section(KNOWLEDGE_PRODUCTS, this::loadKnowledgeProducts);
    }

    private void loadEvents() {
        Map<String, JsonNode> index = index("/api/v1/events", e -> e.path("title").asText());
        inParallel(DemoEvents.all(), event ->
            record(EVENTS, event.title(), () -> {
                JsonNode saved = onceKnown(() -> ensure(EVENTS, index, event.title(), "/api/v1/events", key("event", event.title()), body(event)));
                String id = saved.path("id").asText();
                String statusPath = "/api/v1/events/" + id + "/status";
                saved = advance(EVENTS, saved, "status", EVENT_LIFE, "OPEN", status -> api.post(statusPath, null, Json.object("status", status)));
                if ("OPEN".equals(saved.path("status").asText())) {
                    section(PARTICIPATIONS, () -> register(id, event));
                }
                saved = advance(EVENTS, saved, "status", EVENT_LIFE, "CLOSED", status -> api.post(statusPath, null, Json.object("status", status)));
                if ("CLOSED".equals(saved.path("status").asText())) {
                    section(PARTICIPATIONS, () -> recordAttendance(id));
                }
                saved = advance(EVENTS, saved, "status", EVENT_LIFE, "COMPLETED", status -> api.post(statusPath, null, Json.object("status", status)));
                eventsByTitle.put(event.title(), saved);
                List<String> helpers = event.volunteers().stream().filter(volunteers.volunteerIds()::containsKey).toList();
                if (!helpers.isEmpty()) {
                    eventVolunteers.put(event.title(), helpers);
                }
            }));
    }

    private Map<String, Object> body(DemoEvents.Event event) {
        var startsAt = event.starts().atTime(LocalTime.of(1, 0)).toInstant(ZoneOffset.UTC);
        var endsAt = event.starts().plusDays(event.days() - 1L).atTime(LocalTime.of(10, 0)).toInstant(ZoneOffset.UTC);
        Map<String, Object> visit = event.visitingOrganizations() == null ? null : Json.object(
                "visitingOrganizationIds", event.visitingOrganizations().stream().map(partners::requireOrganization).toList(),
                "delegatesCount", event.delegates());
        Map<String, Object> mission = event.mission() == null ? null : Json.object(
                "destinationCountry", event.mission().destinationCountry(), "destinationCity", event.mission().destinationCity(),
                "receivingOrganizationId", partners.requireOrganization(event.mission().receivingOrganization()),
                "expertsCount", event.experts(), "expertise", event.mission().expertise());
        return Json.object("kind", event.kind(), "title", event.title(),
                "description", "Synthetic demo event of the South-South volunteer network.",
                "hostOrganizationId", partners.requireOrganization(event.host()),
                "partnerOrganizationIds", event.partners().stream().map(partners::requireOrganization).toList(),
                "country", event.country(), "city", event.city(), "online", event.country() == null,
                "startsAt", startsAt.toString(), "endsAt", endsAt.toString(), "timeZone", event.timeZone(),
                "languages", event.languages(), "sdgs", event.sdgs(), "delegationVisit", visit, "expertMission", mission);
    }

    /** Registers whoever of the event's delegates, experts, speakers and volunteers is not registered yet. */
    private void register(String eventId, DemoEvents.Event event) {
        String path = "/api/v1/events/" + eventId + "/participations";
        Map<String, JsonNode> registered = index(path, EventRecords::participantKey);
        for (DemoEvents.Group group : event.groups()) {
            String organizationId = partners.requireOrganization(group.organization());
            List<String> missing = group.members().stream().filter(name -> !registered.containsKey(organizationId + "|" + name)).toList();
            for (int i = missing.size(); i < group.members().size(); i++) {
                report.existing(PARTICIPATIONS);
            }
            if (!missing.isEmpty()) {
                record(PARTICIPATIONS, event.title() + " / " + group.organization(), () -> {
                    ApiResponse response = api.post(path + "/groups", key("group", eventId, group.organization(), group.role()),
                            Json.object("organizationId", organizationId, "role", group.role(), "members", missing));
                    missing.forEach(name -> {
                        if (response.created()) {
                            report.created(PARTICIPATIONS);
                        } else {
                            report.existing(PARTICIPATIONS);
                        }
                    });
                });
            }
        }
        for (String volunteerKey : event.volunteers()) {
            String volunteerId = volunteers.volunteerIds().get(volunteerKey);
            if (volunteerId == null) {
                continue;
            }
            if (registered.containsKey(volunteerId)) {
                report.existing(PARTICIPATIONS);
                continue;
            }
            record(PARTICIPATIONS, event.title() + " / " + volunteerKey, () -> registerVolunteer(path, eventId, volunteerKey, volunteerId));
        }
    }

    private void registerVolunteer(String path, String eventId, String volunteerKey, String volunteerId) {
        ApiResponse response = onceKnown(() -> api.post(path, key("participation", eventId, volunteerKey),
                Json.object("volunteerId", volunteerId, "role", "VOLUNTEER")));
        if (response.created()) {
            report.created(PARTICIPATIONS);
        } else {
            report.existing(PARTICIPATIONS);
        }
    }

    /**
     * events-service learns organizations and volunteers from Kafka events: one registered a moment ago may need a
     * few seconds, and until then a record naming it is refused with 422.
     */
    private <T> T onceKnown(Supplier<T> call) {
        long deadline = System.nanoTime() + REPLICA_WAIT.toNanos();
        while (true) {
            try {
                return call.get();
            } catch (EndpointMissing e) {
                throw e;
            } catch (ApiException e) {
                if (e.status() != 422 || System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private void recordAttendance(String eventId) {
        String path = "/api/v1/events/" + eventId + "/participations";
        for (JsonNode participation : api.listAll(path)) {
            if ("REGISTERED".equals(participation.path("status").asText())) {
                record(PARTICIPATIONS, participation.path("name").asText(participation.path("volunteerId").asText()), () -> {
                    api.post(path + "/" + participation.path("id").asText() + "/status", null, Json.object("status", "ATTENDED"));
                    report.changed(PARTICIPATIONS);
                });
            }
        }
    }

    private static String participantKey(JsonNode participation) {
        return participation.hasNonNull("volunteerId") ? participation.path("volunteerId").asText()
                : participation.path("organizationId").asText() + "|" + participation.path("name").asText();
    }

    private void loadKnowledgeProducts() {
        Map<String, JsonNode> index = index("/api/v1/knowledge-products", p -> p.path("title").asText());
        inParallel(DemoKnowledge.PRODUCTS, product ->
            record(KNOWLEDGE_PRODUCTS, product.title(), () -> {
                List<String> leads = new ArrayList<>();
                product.leads().forEach(acronym -> leads.add(partners.requireOrganization(acronym)));
                JsonNode saved = onceKnown(() -> ensure(KNOWLEDGE_PRODUCTS, index, product.title(), "/api/v1/knowledge-products",
                        key("knowledge", product.title()),
                        Json.object("kind", product.kind(), "title", product.title(), "type", product.type(), "scope", product.scope(),
                                "leadOrganizationIds", leads, "year", product.year(), "country", product.country(),
                                "region", product.region(), "sdgs", product.sdgs(), "overview", product.overview(),
                                "sdgContributionHighlights", product.highlights(), "lessonsLearned", product.lessons(),
                                "successFactors", product.successFactors(), "languages", List.of("en", "zh"),
                                "links", List.of("https://knowledge.example.org/" + key(product.title())))));
                String path = "/api/v1/knowledge-products/" + saved.path("id").asText() + "/review-status";
                advance(KNOWLEDGE_PRODUCTS, saved, "reviewStatus", REVIEW_LIFE, "PUBLISHED",
                        status -> api.post(path, null, Json.object("reviewStatus", status)));
            }));
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "Interrupted");
        }
    }
}
