package org.southsouth.contracts.events;

import java.util.List;
import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;

/** Events published by events-service. */
public final class EventsServiceEvents {

    public static final String SOURCE = "/events-service";

    public static final EventType EVENT_DRAFTED = exchangeEvent("EventDrafted");
    public static final EventType EVENT_UPDATED = exchangeEvent("EventUpdated");
    public static final EventType EVENT_STATUS_CHANGED = exchangeEvent("EventStatusChanged");
    public static final EventType PARTICIPATION_REGISTERED = participation("ParticipationRegistered");
    public static final EventType PARTICIPATION_STATUS_CHANGED = participation("ParticipationStatusChanged");
    public static final EventType KNOWLEDGE_PRODUCT_DRAFTED = knowledge("KnowledgeProductDrafted");
    public static final EventType KNOWLEDGE_PRODUCT_UPDATED = knowledge("KnowledgeProductUpdated");
    public static final EventType KNOWLEDGE_PRODUCT_PUBLISHED = knowledge("KnowledgeProductPublished");

    public static final List<EventType> ALL = List.of(
            EVENT_DRAFTED,
            EVENT_UPDATED,
            EVENT_STATUS_CHANGED,
            PARTICIPATION_REGISTERED,
            PARTICIPATION_STATUS_CHANGED,
            KNOWLEDGE_PRODUCT_DRAFTED,
            KNOWLEDGE_PRODUCT_UPDATED,
            KNOWLEDGE_PRODUCT_PUBLISHED);

    private EventsServiceEvents() {}

    private static EventType exchangeEvent(String name) {
        return new EventType("org.southsouth.events." + name, SOURCE, Topics.EVENTS_EVENTS, ExchangeEventV1.class, 1);
    }

    private static EventType participation(String name) {
        return new EventType(
                "org.southsouth.events." + name, SOURCE, Topics.EVENTS_PARTICIPATIONS, ParticipationV1.class, 1);
    }

    private static EventType knowledge(String name) {
        return new EventType(
                "org.southsouth.events." + name, SOURCE, Topics.EVENTS_KNOWLEDGE, KnowledgeProductV1.class, 1);
    }
}
