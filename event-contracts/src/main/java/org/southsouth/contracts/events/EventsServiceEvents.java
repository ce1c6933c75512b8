package org.southsouth.contracts.events;

import org.southsouth.contracts.EventType;
import org.southsouth.contracts.Topics;

/** Events published by events-service. */
public final class EventsServiceEvents {

    public static final String SOURCE = "/events-service";

    public static final EventType EVENT_DRAFTED = exchangeEvent("EventDrafted");

    private EventsServiceEvents() {
    }

    private static EventType exchangeEvent(String name) {
        return new EventType("org.southsouth.events." + name, SOURCE, Topics.EVENTS_EVENTS, ExchangeEventV1.class, 1);
    }
}
