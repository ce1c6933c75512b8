package org.southsouth.events.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.MongoWriteException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.rest.ExternalIdStore;
import org.southsouth.failure.DomainFailure;
import org.southsouth.failure.InvalidInput;
import org.southsouth.failure.StateConflict;
import org.southsouth.rest.ValidBodies;
import org.southsouth.rest.bulk.BulkItemReader;
import org.southsouth.rest.bulk.BulkItemResult;
import org.southsouth.rest.bulk.BulkItems;
import org.southsouth.rest.bulk.BulkOutcome;
import org.southsouth.rest.bulk.BulkResult;
import org.southsouth.security.Caller;

/**
 * A batch of events: a new one is drafted as createEvent does, an existing one gets the item's fields as the merge
 * patch of updateEvent (nothing written when they change nothing); then each is walked along its lifecycle to the
 * item's status by the single status moves (DRAFT → OPEN → CLOSED → COMPLETED, or CANCELLED), dated with the item's
 * {@code at} as the single move dates its step. As for participations,
 * a move refused before the draft (COMPLETED before the end) leaves nothing, and the external id is claimed with the
 * event's id before the draft is written.
 */
@ApplicationScoped
public class EventBatch {

    private static final String FAMILY = ExchangeEventService.EXTERNAL_ID_FAMILY;
    static final String PATH = "/api/v1/events/bulk";
    private static final String ID = "id";
    private static final String STATUS = "status";
    private static final String AT = "at";
    private static final List<EventStatus> LIFECYCLE =
            List.of(EventStatus.DRAFT, EventStatus.OPEN, EventStatus.CLOSED, EventStatus.COMPLETED);

    @Inject
    ExchangeEventService events;

    @Inject
    ExchangeEventStore store;

    @Inject
    ValidBodies bodies;

    @Inject
    BulkItemReader reader;

    @Inject
    ExternalIdStore externalIds;

    @Inject
    Caller caller;

    public BulkResult write(BulkItems batch) {
        return reader.run(batch, ObjectNode.class, PATH, (index, item) -> write(index, item, batch.externalId(index)));
    }

    private BulkItemResult write(int index, ObjectNode item, String externalId) {
        ObjectNode fields = item.deepCopy();
        fields.remove(BulkItems.EXTERNAL_ID);
        JsonNode idNode = fields.remove(ID);
        Target target = reader.read(target(idNode, fields.remove(STATUS), fields.remove(AT)), Target.class);
        Step status = target.step();
        UUID given = target.id();
        UUID mapped = externalId == null
                ? null
                : externalIds.find(caller.clientId(), FAMILY, externalId).orElse(null);
        if (mapped != null && given != null && !mapped.equals(given)) {
            throw new StateConflict("externalId " + externalId + " names event " + mapped + ", not " + given);
        }
        if (mapped != null && store.find(mapped) == null) {
            // The batch that claimed the external id stopped before drafting; this one drafts.
            return draft(index, fields, status, externalId, mapped);
        }
        if (mapped != null || given != null) {
            return update(index, fields, status, externalId, mapped != null ? mapped : given);
        }
        UUID id = UUID.randomUUID();
        if (externalId != null && !id.equals(externalIds.claim(caller.clientId(), FAMILY, externalId, id))) {
            throw new StateConflict(
                    "Another request of yours is writing externalId " + externalId + "; send the item again");
        }
        try {
            return draft(index, fields, status, externalId, id);
        } catch (RuntimeException e) {
            if (externalId != null && store.find(id) == null) {
                externalIds.release(caller.clientId(), FAMILY, externalId, id);
            }
            throw e;
        }
    }

    private BulkItemResult draft(int index, ObjectNode fields, Step status, String externalId, UUID id) {
        EventDetails details = reader.read(fields, EventFields.class).toDetails();
        if (status.target() == EventStatus.COMPLETED && details.endsAt().isAfter(Instant.now())) {
            throw new StateConflict("An event can be COMPLETED only after it ended (" + details.endsAt() + ")");
        }
        try {
            events.draft(details, id);
        } catch (MongoWriteException e) {
            if (!EventsDatabase.isDuplicateKey(e) || store.find(id) == null) {
                throw e;
            }
            // A concurrent batch of the caller drafted it first, under the id it found claimed: this item updates it.
            return update(index, fields, status, externalId, id);
        }
        try {
            moveTo(id, EventStatus.DRAFT, status);
        } catch (DomainFailure moveRefused) {
            return BulkItemReader.failedAfterWrite(index, externalId, id, moveRefused, PATH);
        }
        return BulkItemReader.written(index, externalId, BulkOutcome.CREATED, id);
    }

    private BulkItemResult update(int index, ObjectNode fields, Step status, String externalId, UUID id) {
        ExchangeEvent current = events.get(id);
        boolean changed = false;
        EventDetails patched = bodies.patched(EventFields.of(current.details()), fields, EventFields.class)
                .toDetails();
        if (!patched.equals(current.details())) {
            current = events.update(
                    id,
                    null,
                    details -> bodies.patched(EventFields.of(details), fields, EventFields.class)
                            .toDetails());
            changed = true;
        }
        changed |= moveTo(id, current.status(), status);
        if (externalId != null && !id.equals(externalIds.claim(caller.clientId(), FAMILY, externalId, id))) {
            throw new StateConflict("externalId " + externalId + " was given to another event by a concurrent "
                    + "request; send the item again");
        }
        return BulkItemReader.written(index, externalId, changed ? BulkOutcome.UPDATED : BulkOutcome.UNCHANGED, id);
    }

    /**
     * Walks the event from {@code current} to the step's status by the single status moves, each dated with the
     * step's time; true when it moved. The status it already has, repeated with its time (or none), is no move.
     */
    private boolean moveTo(UUID id, EventStatus current, Step step) {
        EventStatus target = step.target();
        if (target == null || (target == current && step.at() == null)) {
            return false;
        }
        if (target == current) {
            // A no-op when the time is the one recorded; the single call refuses another time with its own answer.
            long before = events.get(id).version();
            return events.changeStatus(id, null, target, step.at()).version() != before;
        }
        int from = LIFECYCLE.indexOf(current);
        int to = LIFECYCLE.indexOf(target);
        if (to < 0 || from < 0 || to < from) {
            // CANCELLED, or a move back that the single call refuses with its own answer.
            events.changeStatus(id, null, target, step.at());
            return true;
        }
        for (EventStatus status : LIFECYCLE.subList(from + 1, to + 1)) {
            events.changeStatus(id, null, status, step.at());
        }
        return true;
    }

    private static ObjectNode target(JsonNode id, JsonNode status, JsonNode at) {
        ObjectNode target = JsonNodeFactory.instance.objectNode();
        if (id != null) {
            target.set(ID, id);
        }
        if (status != null) {
            target.set(STATUS, status);
        }
        if (at != null) {
            target.set(AT, at);
        }
        return target;
    }

    /** What an item says besides the event's fields, read as strictly as they are. */
    record Target(
            UUID id, EventStatus status, @PastOrPresent Instant at) {

        Step step() {
            if (at != null && status == null) {
                throw new InvalidInput(AT, "is only given with status");
            }
            return new Step(status, new EventStatusChange(status, at).stepTime());
        }
    }

    /** The status an item walks its event to, and when that happened (now when null). */
    record Step(EventStatus target, Instant at) {}
}
