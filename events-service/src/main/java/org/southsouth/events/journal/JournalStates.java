package org.southsouth.events.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

/** Reads the state an entry holds. */
@ApplicationScoped
public class JournalStates {

    @Inject
    ObjectMapper json;

    /** The record's state after the entry's change; null for a deletion. */
    public JsonNode stateOf(Document entry) {
        String state = entry.getString(JournalFields.STATE);
        return state == null ? null : parse(state);
    }

    JsonNode parse(String state) {
        try {
            return json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A journal entry holds a state that is not JSON", e);
        }
    }
}
