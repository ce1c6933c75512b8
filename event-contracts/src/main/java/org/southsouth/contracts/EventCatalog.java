package org.southsouth.contracts;

import java.util.List;
import java.util.stream.Stream;
import org.southsouth.contracts.events.EventsServiceEvents;
import org.southsouth.contracts.partner.PartnerEvents;
import org.southsouth.contracts.volunteer.VolunteerEvents;

/** Every event type of the platform; {@code asyncapi.yaml} documents exactly these. */
public final class EventCatalog {

    public static final List<EventType> ALL = Stream.of(PartnerEvents.ALL, VolunteerEvents.ALL, EventsServiceEvents.ALL)
            .flatMap(List::stream)
            .toList();

    private EventCatalog() {}
}
