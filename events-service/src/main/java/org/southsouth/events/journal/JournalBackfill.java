package org.southsouth.events.journal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;
import org.southsouth.events.config.EventsDatabase;
import org.southsouth.events.event.EventDocuments;
import org.southsouth.events.knowledge.KnowledgeDocuments;
import org.southsouth.events.participation.ParticipationDocuments;
import org.southsouth.journal.ChangeKind;

/**
 * Journals the records stored before the journal existed, once each, with their state now, so histories and feeds
 * start from them too. A record written since carries the {@code journal} field (an emptied array stays), so a
 * record without it has no entry yet; the entry is pushed only while the field is still missing, so a concurrent
 * write (which journals itself) or another instance makes it a no-op. Run by the housekeeping.
 */
@ApplicationScoped
public class JournalBackfill {

    private static final Logger LOG = Logger.getLogger(JournalBackfill.class);
    private static final Bson NOT_JOURNALED = exists(JournalEntries.FIELD, false);

    @Inject
    EventsDatabase database;

    @Inject
    JournalEntries journal;

    /** Returns how many records it journaled. */
    public int backfill() {
        int journaled = backfill(
                        collection(JournalFamily.EVENT),
                        NOT_JOURNALED,
                        doc -> journal.event(EventDocuments.fromDocument(doc)))
                // Voided seats' placeholders are no participations: they have no event.
                + backfill(
                        collection(JournalFamily.PARTICIPATION),
                        and(NOT_JOURNALED, exists("eventId")),
                        doc -> journal.participation(ParticipationDocuments.fromDocument(doc), ChangeKind.WRITTEN))
                + backfill(
                        collection(JournalFamily.KNOWLEDGE_PRODUCT),
                        NOT_JOURNALED,
                        doc -> journal.knowledgeProduct(
                                KnowledgeDocuments.fromDocument(UUID.fromString(doc.getString("_id")), doc)));
        if (journaled > 0) {
            LOG.infof("Journaled %d records stored before the journal", journaled);
        }
        return journaled;
    }

    private MongoCollection<Document> collection(JournalFamily family) {
        return database.collection(family.collection());
    }

    static int backfill(MongoCollection<Document> collection, Bson unjournaled, Function<Document, Document> entry) {
        int journaled = 0;
        for (Document doc : collection.find(unjournaled)) {
            if (collection
                            .updateOne(
                                    and(eq("_id", doc.get("_id")), NOT_JOURNALED),
                                    Updates.push(JournalEntries.FIELD, entry.apply(doc)))
                            .getModifiedCount()
                    == 1) {
                journaled++;
            }
        }
        return journaled;
    }
}
