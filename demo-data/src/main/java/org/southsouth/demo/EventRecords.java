package org.southsouth.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events with their participants, and knowledge products (events-service), through the gateway. Events are drafted
 * and opened in one batch; then every participant of every event is registered with the attendance it ends with in
 * one batch; then the events are closed and completed in one batch, as organizers would. A second load finds the
 * events COMPLETED, each participant unchanged, and changes nothing.
 */
final class EventRecords extends Records {

    static final String EVENTS = "events";
    static final String PARTICIPATIONS = "participations";
    static final String KNOWLEDGE_PRODUCTS = "knowledge-products";
    private static final List<String> EVENT_LIFE = List.of("DRAFT", "OPEN", "CLOSED", "COMPLETED");
    private static final String BULK = "/api/v1/events/bulk";
    private static final List<String> REVIEW_LIFE = List.of("DRAFT", "IN_REVIEW", "PUBLISHED");

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
        section(EVENTS, () -> {
            partners.awaitOrganizationsKnown(CatchUp.Service.EVENTS);
            loadEvents();
        });
        section(KNOWLEDGE_PRODUCTS, this::loadKnowledgeProducts);
    }

    /**
     * Drafts and opens the events in one batch, registers their participants, then closes and completes them in a
     * second batch.
     */
    private void loadEvents() {
        Map<String, String> statusByTitle = new ConcurrentHashMap<>();
        index("/api/v1/events", e -> e.path("title").asText())
                .forEach((title, event) ->
                        statusByTitle.put(title, event.path("status").asText()));
        List<DemoEvents.Event> events = DemoEvents.all();
        List<Map<String, Object>> drafts = new ArrayList<>();
        for (DemoEvents.Event event : events) {
            String status = statusByTitle.get(event.title());
            // An event a load before drafted keeps its fields, and its status once past OPEN.
            Map<String, Object> item = status == null ? body(event) : new LinkedHashMap<>();
            item.put("externalId", key("event", event.title()));
            if (EVENT_LIFE.indexOf(status == null ? "DRAFT" : status) < EVENT_LIFE.indexOf("OPEN")) {
                item.put("status", "OPEN");
            }
            drafts.add(item);
        }
        List<JsonNode> opened = upsert(EVENTS, BULK, drafts, i -> events.get(i).title());
        List<DemoEvents.Event> registering = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (id(opened.get(i)) != null) {
                DemoEvents.Event event = events.get(i);
                eventsByTitle.put(
                        event.title(),
                        api.json()
                                .createObjectNode()
                                .put("id", id(opened.get(i)))
                                .put("startsAt", startsAt(event).toString()));
                registering.add(event);
            }
        }
        section(PARTICIPATIONS, () -> registerParticipants(registering));
        upsert(
                EVENTS,
                BULK,
                registering.stream()
                        .map(event -> Json.object("externalId", key("event", event.title()), "status", "COMPLETED"))
                        .toList(),
                i -> registering.get(i).title());
        for (DemoEvents.Event event : registering) {
            List<String> helpers = event.volunteers().stream()
                    .filter(volunteers.volunteerIds()::containsKey)
                    .toList();
            if (!helpers.isEmpty()) {
                eventVolunteers.put(event.title(), helpers);
            }
        }
    }

    /** Every delegate, expert, speaker, organizer and volunteer of the events, ATTENDED since the event began. */
    private void registerParticipants(List<DemoEvents.Event> events) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DemoEvents.Event event : events) {
            JsonNode saved = eventsByTitle.get(event.title());
            String eventId = saved.path("id").asText();
            String began = saved.path("startsAt").asText();
            for (DemoEvents.Group group : event.groups()) {
                for (String name : group.members()) {
                    // The name as it is: two names may differ only in letters a key would flatten.
                    String externalId = key("participant", event.title(), group.organization()) + "-" + name;
                    items.add(Json.object(
                            "externalId",
                            externalId,
                            "eventId",
                            eventId,
                            "organizationId",
                            partners.organizationId(group.organization()),
                            "name",
                            name,
                            "role",
                            group.role(),
                            "status",
                            "ATTENDED",
                            "at",
                            began));
                    names.add(event.title() + " / " + name);
                }
            }
            for (String volunteerKey : event.volunteers()) {
                String volunteerId = volunteers.volunteerIds().get(volunteerKey);
                if (volunteerId != null) {
                    items.add(Json.object(
                            "externalId",
                            key("participant", event.title(), volunteerKey),
                            "eventId",
                            eventId,
                            "volunteerId",
                            volunteerId,
                            "role",
                            "VOLUNTEER",
                            "status",
                            "ATTENDED",
                            "at",
                            began));
                    names.add(event.title() + " / " + volunteerKey);
                }
            }
        }
        if (!items.isEmpty()) {
            upsert(PARTICIPATIONS, "/api/v1/participations/bulk", items, names::get);
        }
    }

    private static Instant startsAt(DemoEvents.Event event) {
        return event.starts().atTime(LocalTime.of(1, 0)).toInstant(ZoneOffset.UTC);
    }

    private Map<String, Object> body(DemoEvents.Event event) {
        var startsAt = startsAt(event);
        var endsAt = event.starts()
                .plusDays(event.days() - 1L)
                .atTime(LocalTime.of(10, 0))
                .toInstant(ZoneOffset.UTC);
        Map<String, Object> visit = event.visitingOrganizations() == null
                ? null
                : Json.object(
                        "visitingOrganizationIds",
                                event.visitingOrganizations().stream()
                                        .map(partners::requireOrganization)
                                        .toList(),
                        "delegatesCount", event.delegates());
        Map<String, Object> mission = event.mission() == null
                ? null
                : Json.object(
                        "destinationCountry",
                        event.mission().destinationCountry(),
                        "destinationCity",
                        event.mission().destinationCity(),
                        "receivingOrganizationId",
                        partners.requireOrganization(event.mission().receivingOrganization()),
                        "expertsCount",
                        event.experts(),
                        "expertise",
                        event.mission().expertise());
        return Json.object(
                "kind",
                event.kind(),
                "title",
                event.title(),
                "description",
                "Synthetic demo event of the South-South volunteer network.",
                "hostOrganizationId",
                partners.requireOrganization(event.host()),
                "partnerOrganizationIds",
                event.partners().stream().map(partners::requireOrganization).toList(),
                "country",
                event.country(),
                "city",
                event.city(),
                "online",
                event.country() == null,
                "startsAt",
                startsAt.toString(),
                "endsAt",
                endsAt.toString(),
                "timeZone",
                event.timeZone(),
                "languages",
                event.languages(),
                "sdgs",
                event.sdgs(),
                "delegationVisit",
                visit,
                "expertMission",
                mission);
    }

    private void loadKnowledgeProducts() {
        Map<String, JsonNode> index =
                index("/api/v1/knowledge-products", p -> p.path("title").asText());
        inParallel(
                DemoKnowledge.PRODUCTS,
                product -> record(KNOWLEDGE_PRODUCTS, product.title(), () -> {
                    List<String> leads = new ArrayList<>();
                    product.leads().forEach(acronym -> leads.add(partners.requireOrganization(acronym)));
                    JsonNode saved = ensure(
                            KNOWLEDGE_PRODUCTS,
                            index,
                            product.title(),
                            "/api/v1/knowledge-products",
                            key("knowledge", product.title()),
                            Json.object(
                                    "kind",
                                    product.kind(),
                                    "title",
                                    product.title(),
                                    "type",
                                    product.type(),
                                    "scope",
                                    product.scope(),
                                    "leadOrganizationIds",
                                    leads,
                                    "year",
                                    product.year(),
                                    "country",
                                    product.country(),
                                    "region",
                                    product.region(),
                                    "sdgs",
                                    product.sdgs(),
                                    "overview",
                                    product.overview(),
                                    "sdgContributionHighlights",
                                    product.highlights(),
                                    "lessonsLearned",
                                    product.lessons(),
                                    "successFactors",
                                    product.successFactors(),
                                    "languages",
                                    List.of("en", "zh"),
                                    "links",
                                    List.of("https://knowledge.example.org/" + key(product.title()))));
                    String path =
                            "/api/v1/knowledge-products/" + saved.path("id").asText() + "/review-status";
                    advance(
                            KNOWLEDGE_PRODUCTS,
                            saved,
                            "reviewStatus",
                            REVIEW_LIFE,
                            "PUBLISHED",
                            status -> api.post(path, null, Json.object("reviewStatus", status)));
                }));
    }
}
