package org.southsouth.events.journal;

import static com.mongodb.client.model.Filters.eq;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * An erased volunteer's personal values leave the journal as they leave the live participations: in every state of
 * their participations the name and volunteer id are blanked, and no entry names them as its actor any more. The
 * entries themselves (time, kind, actor's client) stay.
 */
@ApplicationScoped
public class JournalErasure {

    /** What the erasure blanks in a participation. */
    private static final List<String> PERSONAL = List.of("name", "volunteerId");

    @Inject
    RecordJournal journal;

    @Inject
    JournalRelay relay;

    @Inject
    JournalStates states;

    /** Call after the live participations are erased, each with its ERASED entry; safe to repeat. */
    public void redact(UUID volunteerId) {
        // Entries still pending in documents are moved first, so the rewrite below meets every state there is.
        relay.moveAll();
        String volunteer = volunteerId.toString();
        for (Document entry : journal.collection().find(eq(JournalFields.VOLUNTEER, volunteer))) {
            ObjectNode state = (ObjectNode) states.stateOf(entry);
            PERSONAL.forEach(field -> state.putNull(field));
            journal.collection()
                    .updateOne(
                            eq("_id", entry.get("_id")),
                            Updates.combine(
                                    Updates.set(JournalFields.STATE, state.toString()),
                                    Updates.unset(JournalFields.VOLUNTEER)));
        }
        journal.collection()
                .updateMany(
                        eq(JournalFields.ACTOR + ".volunteerId", volunteer),
                        Updates.set(JournalFields.ACTOR + ".volunteerId", null));
    }
}
