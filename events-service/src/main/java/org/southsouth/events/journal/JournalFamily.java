package org.southsouth.events.journal;

import java.util.Set;
import org.southsouth.events.event.ExchangeEventStore;
import org.southsouth.events.knowledge.KnowledgeProductStore;
import org.southsouth.events.participation.ParticipationStore;

/**
 * The journaled records of this service, each with the collection whose documents hold its pending entries and the
 * fields that change on every write (left out of a history's changes).
 */
public enum JournalFamily {
    /** Seat counts move with every registration without a version of the event's own: bookkeeping too. */
    EVENT("event", ExchangeEventStore.COLLECTION, Set.of("version", "updatedAt", "seatsTaken", "seatsLeft")),
    PARTICIPATION("participation", ParticipationStore.COLLECTION, Set.of("version", "updatedAt")),
    KNOWLEDGE_PRODUCT("knowledge-product", KnowledgeProductStore.COLLECTION, Set.of("version", "updatedAt"));

    private final String label;
    private final String collection;
    private final Set<String> bookkeeping;

    JournalFamily(String label, String collection, Set<String> bookkeeping) {
        this.label = label;
        this.collection = collection;
        this.bookkeeping = bookkeeping;
    }

    /** As stored in each entry. */
    public String label() {
        return label;
    }

    /** The collection whose documents carry this family's pending entries. */
    public String collection() {
        return collection;
    }

    public boolean isBookkeeping(String field) {
        return bookkeeping.contains(field);
    }
}
