package org.southsouth.events.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.events.event.ExchangeEvent;
import org.southsouth.events.knowledge.KnowledgeProduct;
import org.southsouth.events.participation.Participation;
import org.southsouth.journal.ChangeKind;
import org.southsouth.security.EventOrigins;

/**
 * The journal entries of this service's records, made just before the write that carries them: each takes its
 * sequence number then, and holds the record's state after the change, who made it and when. A store pushes the entry
 * into the changed document's {@link #FIELD} array in the same single-document write as the change itself, so neither
 * exists without the other; {@link JournalRelay} then moves it to the journal.
 */
@ApplicationScoped
public class JournalEntries {

    /** Array of entries not yet moved to the journal, inside the changed record's document. */
    public static final String FIELD = "journal";

    @Inject
    JournalSequence sequence;

    @Inject
    EventOrigins origins;

    @Inject
    RecordStates states;

    @Inject
    ObjectMapper json;

    @Inject
    JournalRelay relay;

    public Document event(ExchangeEvent event) {
        return entry(JournalFamily.EVENT, event.id(), ChangeKind.WRITTEN, states.event(event), null, null);
    }

    public Document knowledgeProduct(KnowledgeProduct product) {
        return entry(
                JournalFamily.KNOWLEDGE_PRODUCT,
                product.id(),
                ChangeKind.WRITTEN,
                states.knowledgeProduct(product),
                null,
                null);
    }

    /** A participation written ({@link ChangeKind#WRITTEN}) or left by its volunteer's erasure ({@code ERASED}). */
    public Document participation(Participation participation, ChangeKind kind) {
        return entry(
                JournalFamily.PARTICIPATION,
                participation.id(),
                kind,
                states.participation(participation),
                participation.eventId(),
                participation.volunteerId());
    }

    /**
     * The {@link ChangeKind#WRITTEN} entries of participations written together, one per state in order, numbered
     * from one block of the sequence taken now.
     */
    public List<Document> participations(List<Participation> written) {
        long first = sequence.nextBlock(written.size());
        List<Document> entries = new ArrayList<>(written.size());
        for (Participation p : written) {
            entries.add(entry(
                    first + entries.size(),
                    JournalFamily.PARTICIPATION,
                    p.id(),
                    ChangeKind.WRITTEN,
                    states.participation(p),
                    p.eventId(),
                    p.volunteerId()));
        }
        return entries;
    }

    /** A participation removed for good (a registration that could not complete). */
    public Document participationDeleted(UUID id, UUID eventId) {
        return entry(JournalFamily.PARTICIPATION, id, ChangeKind.DELETED, null, eventId, null);
    }

    private Document entry(
            JournalFamily family, UUID recordId, ChangeKind kind, Object state, UUID parentId, UUID volunteerId) {
        return entry(sequence.next(), family, recordId, kind, state, parentId, volunteerId);
    }

    private Document entry(
            long seq,
            JournalFamily family,
            UUID recordId,
            ChangeKind kind,
            Object state,
            UUID parentId,
            UUID volunteerId) {
        EventOrigin origin = origins.current();
        relay.entryMade();
        return new Document(JournalFields.ID, UUID.randomUUID().toString())
                .append(JournalFields.FAMILY, family.label())
                .append(JournalFields.RECORD, recordId.toString())
                .append(JournalFields.SEQUENCE, seq)
                .append(JournalFields.AT, Date.from(Instant.now()))
                .append(JournalFields.KIND, kind.name())
                .append(JournalFields.STATE, state == null ? null : write(state))
                .append(JournalFields.PARENT, parentId == null ? null : parentId.toString())
                .append(JournalFields.VOLUNTEER, volunteerId == null ? null : volunteerId.toString())
                .append(
                        JournalFields.ACTOR,
                        new Document("clientId", origin.actorClient())
                                .append("roles", origin.actorRoles())
                                .append("organizationId", origin.actorOrganization())
                                .append("volunteerId", origin.actorVolunteer()))
                .append(JournalFields.REQUEST, origin.requestId())
                .append(JournalFields.CAUSATION, origin.causationId());
    }

    private String write(Object state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A record's state could not be written as JSON", e);
        }
    }
}
