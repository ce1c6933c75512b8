package org.southsouth.events.journal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.southsouth.events.event.EventAccess;
import org.southsouth.events.event.EventStatus;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.knowledge.ReviewStatus;
import org.southsouth.events.participation.ParticipantScope;
import org.southsouth.events.participation.ParticipationAccess;
import org.southsouth.failure.Forbidden;
import org.southsouth.security.Caller;

/**
 * Whether the caller may read a journaled state, by the rules of the record's single GET applied to that state: an
 * event unless it is another organization's draft, a knowledge product once published or when the caller leads it,
 * a participation of an event the caller sees and within the participants it sees there (as the event is now).
 */
@ApplicationScoped
public class JournalAccess {

    @Inject
    Caller caller;

    @Inject
    EventAccess events;

    @Inject
    ParticipationAccess participations;

    @Inject
    ExchangeEventStore eventStore;

    /** For one request: the participations' events are looked up once each. */
    public Predicate<JsonNode> readable(JournalFamily family) {
        return switch (family) {
            case EVENT -> this::eventReadable;
            case KNOWLEDGE_PRODUCT -> this::productReadable;
            case PARTICIPATION -> participationReadable(new HashMap<>());
        };
    }

    /** 403 for callers who see no participants at all (reporters read figures), as the participation GETs answer. */
    public void requireSeesParticipants() {
        if (!caller.isStaff()
                && caller.partnerOrganization().isEmpty()
                && caller.selfVolunteer().isEmpty()) {
            throw new Forbidden("Participants are seen by network staff, the host organization, their own "
                    + "organization and themselves; reporters read the figures at /api/v1/events/statistics.");
        }
    }

    private boolean eventReadable(JsonNode state) {
        return !EventStatus.DRAFT.name().equals(state.path("status").asText())
                || caller.actsFor(uuid(state.path("hostOrganizationId")));
    }

    private boolean productReadable(JsonNode state) {
        String status = state.path("reviewStatus").asText();
        if (ReviewStatus.PUBLIC.stream().anyMatch(s -> s.name().equals(status))) {
            return true;
        }
        Set<UUID> leads = StreamSupport.stream(state.path("leadOrganizationIds").spliterator(), false)
                .map(JournalAccess::uuid)
                .collect(Collectors.toSet());
        return caller.actsForAny(leads);
    }

    private Predicate<JsonNode> participationReadable(Map<UUID, Optional<ExchangeEvent>> eventsSeen) {
        return state -> {
            UUID eventId = uuid(state.path("eventId"));
            Optional<ExchangeEvent> event = eventsSeen.computeIfAbsent(
                    eventId, id -> Optional.ofNullable(eventStore.find(id)).filter(events::sees));
            if (event.isEmpty()) {
                return false;
            }
            ParticipantScope scope = participations.scope(event.get());
            return (scope.organizationId() == null || scope.organizationId().equals(uuid(state.path("organizationId"))))
                    && (scope.volunteerId() == null || scope.volunteerId().equals(uuid(state.path("volunteerId"))));
        };
    }

    private static UUID uuid(JsonNode value) {
        return value.isTextual() ? UUID.fromString(value.asText()) : null;
    }
}
