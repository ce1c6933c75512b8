package org.southsouth.events.journal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.bson.Document;
import org.jboss.logging.Logger;
import org.southsouth.events.config.EventsJournalSettings;
import org.southsouth.journal.ChangeKind;

/**
 * Prunes the journal (run by the housekeeping). {@code journal.retention}, when set, removes the entries older than
 * it except each record's newest among them, so every record keeps the state the feed and a history start from;
 * unset, history is kept as long as the record exists. The entries of a record removed for good go
 * {@code journal.tombstone-retention} after its removal. A cursor below what was removed answers 410.
 */
@ApplicationScoped
public class JournalRetention {

    private static final Logger LOG = Logger.getLogger(JournalRetention.class);

    @Inject
    RecordJournal journal;

    @Inject
    EventsJournalSettings settings;

    /** Prunes what is due at {@code now}; returns how many entries went. */
    public long prune(Instant now) {
        long removed = 0;
        for (JournalFamily family : JournalFamily.values()) {
            removed += pruneTombstones(family, now.minus(settings.tombstoneRetention()));
            if (settings.retention().isPresent()) {
                removed += pruneOlderThan(family, now.minus(settings.retention().get()));
            }
        }
        if (removed > 0) {
            LOG.infof("Journal retention removed %d entries", removed);
        }
        return removed;
    }

    private long pruneTombstones(JournalFamily family, Instant cutoff) {
        long removed = 0;
        for (Document deletion : journal.collection()
                .find(and(
                        eq(JournalFields.FAMILY, family.label()),
                        eq(JournalFields.KIND, ChangeKind.DELETED.name()),
                        lt(JournalFields.AT, Date.from(cutoff))))) {
            String record = deletion.getString(JournalFields.RECORD);
            long sequence = RecordJournal.sequenceOf(deletion);
            if (journal.collection()
                            .countDocuments(and(
                                    eq(JournalFields.FAMILY, family.label()),
                                    eq(JournalFields.RECORD, record),
                                    gt(JournalFields.SEQUENCE, sequence)))
                    == 0) {
                removed += journal.collection()
                        .deleteMany(and(eq(JournalFields.FAMILY, family.label()), eq(JournalFields.RECORD, record)))
                        .getDeletedCount();
                journal.raisePrunedUpTo(family, sequence);
            }
        }
        return removed;
    }

    private long pruneOlderThan(JournalFamily family, Instant cutoff) {
        Document newestOld = journal.collection()
                .find(and(eq(JournalFields.FAMILY, family.label()), lt(JournalFields.AT, Date.from(cutoff))))
                .sort(Sorts.descending(JournalFields.SEQUENCE))
                .projection(Projections.include(JournalFields.SEQUENCE))
                .first();
        if (newestOld == null) {
            return 0;
        }
        long horizon = RecordJournal.sequenceOf(newestOld);
        // Walking newest first: the first entry met of each record is the one it keeps.
        Set<String> kept = new HashSet<>();
        long removed = 0;
        for (Document entry : journal.collection()
                .find(and(eq(JournalFields.FAMILY, family.label()), lte(JournalFields.SEQUENCE, horizon)))
                .sort(Sorts.descending(JournalFields.SEQUENCE))
                .projection(Projections.include(JournalFields.RECORD, JournalFields.SEQUENCE))) {
            if (!kept.add(entry.getString(JournalFields.RECORD))) {
                removed += journal.collection()
                        .deleteOne(eq("_id", entry.get("_id")))
                        .getDeletedCount();
            }
        }
        journal.raisePrunedUpTo(family, horizon);
        return removed;
    }
}
