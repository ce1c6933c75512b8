package org.southsouth.events.participation;

import java.util.List;
import org.bson.Document;

/**
 * A participation to store as registered and, when it moved on at once, as moved on: {@code states} in order (the
 * last is stored), the claimed seat it holds ({@code seat}) and the outbox entry of each state ({@code outbox}).
 */
public record RegisteredParticipation(List<Participation> states, String seat, List<Document> outbox) {

    public Participation stored() {
        return states.get(states.size() - 1);
    }

    /** The same participation holding the claimed seat {@code slot}. */
    RegisteredParticipation holding(String slot) {
        return new RegisteredParticipation(states, slot, outbox);
    }
}
