package org.southsouth.journal.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.journal.ChangeCursor;
import org.southsouth.journal.ChangeKind;
import org.southsouth.journal.ExpiredCursorException;
import org.southsouth.journal.JournalChange;
import org.southsouth.journal.JournalChanges;

/**
 * The record journal on PostgreSQL (migration {@code db/journal}). Give it the service's transactional data source:
 * within a transaction every call uses that transaction's connection, so an entry commits or rolls back with the
 * change it records. Entries of one record are ordered by sequence: a service journals a change after it has
 * written (and so locked) the record, so a later change of the same record always gets a higher sequence.
 */
public final class JdbcRecordJournal {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "kind, state, actor_client, actor_roles, actor_organization,"
            + " actor_volunteer, request_id, causation_id, recorded_at";
    private static final String INSERT = "INSERT INTO record_journal (family, record_id, kind, state, actor_client,"
            + " actor_roles, actor_organization, actor_volunteer, request_id, causation_id)"
            + " VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)";
    private static final String HISTORY = "SELECT * FROM (SELECT sequence, " + COLUMNS + ","
            + " lag(state) OVER (ORDER BY sequence) AS previous_state"
            + " FROM record_journal WHERE family = ? AND record_id = ?) entries"
            + " ORDER BY sequence DESC LIMIT ? OFFSET ?";
    /*
     * Only entries of transactions older than every transaction still running: those are all committed or rolled
     * back, so nothing can still appear before the cursor this page ends at. Each record carries its latest such
     * entry (a record's entries are in sequence order, transaction ids need not be) and its entry at the cursor.
     */
    private static final String CHANGES = "WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),"
            + " page AS (SELECT j.sequence, j.transaction_id, j.family, j.record_id FROM record_journal j, horizon h"
            + "   WHERE %s AND (j.transaction_id, j.sequence) > (?::text::xid8, ?)"
            + "   AND j.transaction_id < h.xmin ORDER BY j.transaction_id, j.sequence LIMIT ?)"
            + " SELECT p.sequence, p.transaction_id::text, p.family, p.record_id,"
            + "   latest.kind, latest.state, latest.recorded_at,"
            + "   CASE WHEN at_cursor.kind = 'WRITTEN' THEN at_cursor.state END"
            + " FROM page p CROSS JOIN horizon h"
            + " CROSS JOIN LATERAL (SELECT l.kind, l.state, l.recorded_at FROM record_journal l"
            + "   WHERE l.family = p.family AND l.record_id = p.record_id AND l.transaction_id < h.xmin"
            + "   ORDER BY l.sequence DESC LIMIT 1) latest"
            + " LEFT JOIN LATERAL (SELECT c.kind, c.state FROM record_journal c"
            + "   WHERE c.family = p.family AND c.record_id = p.record_id"
            + "   AND (c.transaction_id, c.sequence) <= (?::text::xid8, ?)"
            + "   ORDER BY c.sequence DESC LIMIT 1) at_cursor ON true"
            + " ORDER BY p.transaction_id, p.sequence";
    private static final String PRUNED =
            "SELECT transaction_id::text, sequence FROM record_journal_pruned" + " WHERE family = ANY (?)";
    private static final String LATER_ENTRY = "SELECT 1 FROM record_journal n WHERE n.family = %1$s.family"
            + " AND n.record_id = %1$s.record_id AND n.sequence > %1$s.sequence";
    /*
     * Removes entries older than the retention that are not their record's latest (the feed needs that one), and
     * every entry of a record deleted longer ago than the tombstone retention; then moves each family's pruned
     * position forward to the last entry removed. An erased record still exists, without personal values: its
     * history, erasure included, is kept as long as any other record's.
     */
    private static final String PRUNE = "WITH gone AS (DELETE FROM record_journal j WHERE"
            + " (j.recorded_at < ? AND EXISTS (" + LATER_ENTRY.formatted("j") + "))"
            + " OR EXISTS (SELECT 1 FROM record_journal t WHERE t.family = j.family AND t.record_id = j.record_id"
            + "   AND t.kind = 'DELETED' AND t.recorded_at < ?"
            + "   AND NOT EXISTS (" + LATER_ENTRY.formatted("t") + "))"
            + " RETURNING family, transaction_id, sequence),"
            + " edge AS (SELECT DISTINCT ON (family) family, transaction_id, sequence FROM gone"
            + "   ORDER BY family, transaction_id DESC, sequence DESC),"
            + " moved AS (INSERT INTO record_journal_pruned (family, transaction_id, sequence)"
            + "   SELECT family, transaction_id, sequence FROM edge ON CONFLICT (family) DO UPDATE"
            + "   SET transaction_id = excluded.transaction_id, sequence = excluded.sequence"
            + "   WHERE (record_journal_pruned.transaction_id, record_journal_pruned.sequence)"
            + "     < (excluded.transaction_id, excluded.sequence) RETURNING 1)"
            + " SELECT count(*) FROM gone";

    private final DataSource dataSource;

    public JdbcRecordJournal(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Appends an entry on the caller's transaction: {@code state} is the record after the change as its single GET
     * shows it to a caller who may read every field (null for {@link ChangeKind#DELETED}).
     */
    public void record(String family, UUID recordId, ChangeKind kind, JsonNode state, EventOrigin origin) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, family);
            insert.setObject(2, recordId);
            insert.setString(3, kind.name());
            insert.setString(4, state == null ? null : state.toString());
            insert.setString(5, origin.actorClient());
            insert.setString(6, origin.actorRoles());
            insert.setString(7, origin.actorOrganization());
            insert.setString(8, origin.actorVolunteer());
            insert.setString(9, origin.requestId());
            insert.setString(10, origin.causationId());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new JournalException("Could not journal a change of " + family + " " + recordId, e);
        }
    }

    /** A page of the record's entries, newest first ({@code page} zero-based), each with the state before it. */
    public JournalHistory history(String family, UUID recordId, int page, int size) {
        List<JournalEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(HISTORY);
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM record_journal WHERE family = ? AND record_id = ?")) {
            select.setString(1, family);
            select.setObject(2, recordId);
            select.setInt(3, size);
            select.setLong(4, (long) page * size);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new JournalEntry(
                            ChangeKind.valueOf(rs.getString("kind")),
                            json(rs, "state"),
                            json(rs, "previous_state"),
                            origin(rs),
                            instant(rs, "recorded_at")));
                }
            }
            count.setString(1, family);
            count.setObject(2, recordId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return new JournalHistory(entries, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw new JournalException("Could not read the history of " + family + " " + recordId, e);
        }
    }

    /**
     * The records of the families changed after {@code cursor}, reading at most {@code limit} entries: each record
     * once, at the position of its last entry read, with its latest entry and its state at the cursor.
     *
     * @throws ExpiredCursorException when retention removed entries after the cursor since it was issued
     */
    public JournalChanges changes(Collection<String> families, ChangeCursor cursor, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            boolean fromStart = cursor.isStart();
            ChangeCursor pruned = prunedUpTo(connection, families);
            // Retention removed entries after the cursor since it was issued: deletions among them are lost to it.
            if (!fromStart && cursor.pruned() != pruned.sequence() && cursor.isBefore(pruned)) {
                throw new ExpiredCursorException();
            }
            // One family reads its index in order; an array of them cannot, so several are read and sorted.
            boolean one = families.size() == 1;
            try (PreparedStatement select =
                    connection.prepareStatement(CHANGES.formatted(one ? "j.family = ?" : "j.family = ANY (?)"))) {
                if (one) {
                    select.setString(1, families.iterator().next());
                } else {
                    select.setArray(1, connection.createArrayOf("text", families.toArray()));
                }
                select.setString(2, Long.toString(cursor.transaction()));
                select.setLong(3, cursor.sequence());
                select.setInt(4, limit + 1);
                select.setString(5, Long.toString(cursor.transaction()));
                select.setLong(6, cursor.sequence());
                return page(select, cursor, limit, fromStart, pruned.sequence());
            }
        } catch (SQLException e) {
            throw new JournalException("Could not read the changes of " + families, e);
        }
    }

    /**
     * Rewrites every stored state of the record with {@code redaction} (an erasure), on the caller's transaction;
     * the entries themselves (kind, time, actor) stay. Returns how many states it rewrote.
     */
    public int redactRecord(String family, UUID recordId, UnaryOperator<JsonNode> redaction) {
        return redact("family = ? AND record_id = ?", family, recordId, redaction);
    }

    /**
     * Rewrites with {@code redaction} every stored state of the family that contains {@code mention} (JSON
     * containment, e.g. {@code {"volunteerId": "…"}}): the records elsewhere that carry an erased person's values.
     */
    public int redactMentions(String family, JsonNode mention, UnaryOperator<JsonNode> redaction) {
        return redact("family = ? AND state @> ?::jsonb", family, mention.toString(), redaction);
    }

    /**
     * Removes entries older than {@code retention} (none when empty) except each record's latest, and the entries of
     * records whose latest entry is a deletion or erasure older than {@code tombstoneRetention}. Cursors before what
     * it removed then answer {@link ExpiredCursorException}. Returns how many entries it removed.
     */
    public long prune(Optional<Duration> retention, Duration tombstoneRetention) {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prune = connection.prepareStatement(PRUNE)) {
            prune.setObject(1, utc(retention.map(now::minus).orElse(Instant.EPOCH)));
            prune.setObject(2, utc(now.minus(tombstoneRetention)));
            try (ResultSet rs = prune.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new JournalException("Could not prune the record journal", e);
        }
    }

    private int redact(String condition, String family, Object match, UnaryOperator<JsonNode> redaction) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT sequence, state FROM record_journal"
                        + " WHERE state IS NOT NULL AND " + condition + " ORDER BY sequence FOR UPDATE");
                PreparedStatement update =
                        connection.prepareStatement("UPDATE record_journal SET state = ?::jsonb WHERE sequence = ?")) {
            select.setString(1, family);
            select.setObject(2, match);
            int rewritten = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    update.setString(1, redaction.apply(json(rs, "state")).toString());
                    update.setLong(2, rs.getLong("sequence"));
                    update.addBatch();
                    rewritten++;
                }
            }
            if (rewritten > 0) {
                update.executeBatch();
            }
            return rewritten;
        } catch (SQLException e) {
            throw new JournalException("Could not redact the journal of " + family, e);
        }
    }

    private static ChangeCursor prunedUpTo(Connection connection, Collection<String> families) throws SQLException {
        ChangeCursor edge = ChangeCursor.START;
        try (PreparedStatement select = connection.prepareStatement(PRUNED)) {
            select.setArray(1, connection.createArrayOf("text", families.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ChangeCursor pruned = new ChangeCursor(Long.parseLong(rs.getString(1)), rs.getLong(2));
                    edge = edge.isBefore(pruned) ? pruned : edge;
                }
            }
        }
        return edge;
    }

    private static JournalChanges page(
            PreparedStatement select, ChangeCursor cursor, int limit, boolean fromStart, long pruned)
            throws SQLException {
        Map<String, JournalChange> byRecord = new LinkedHashMap<>();
        ChangeCursor next = cursor;
        int read = 0;
        boolean more = false;
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                if (read == limit) {
                    more = true;
                    break;
                }
                read++;
                next = new ChangeCursor(Long.parseLong(rs.getString(2)), rs.getLong(1));
                UUID recordId = rs.getObject(4, UUID.class);
                String key = rs.getString(3) + "/" + recordId;
                ChangeKind kind = ChangeKind.valueOf(rs.getString(5));
                // Moved to the record's last position in the page.
                byRecord.remove(key);
                byRecord.put(
                        key,
                        new JournalChange(recordId, kind, json(rs, 6), instant(rs, 7), fromStart ? null : json(rs, 8)));
            }
        }
        return new JournalChanges(new ArrayList<>(byRecord.values()), next.withPruned(pruned), more, fromStart);
    }

    private static EventOrigin origin(ResultSet rs) throws SQLException {
        return new EventOrigin(
                rs.getString("actor_client"),
                rs.getString("actor_roles"),
                rs.getString("actor_organization"),
                rs.getString("actor_volunteer"),
                rs.getString("request_id"),
                rs.getString("causation_id"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static JsonNode json(ResultSet rs, String column) throws SQLException {
        return parse(rs.getString(column));
    }

    private static JsonNode json(ResultSet rs, int column) throws SQLException {
        return parse(rs.getString(column));
    }

    private static JsonNode parse(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new JournalException("A journal state is not JSON", e);
        }
    }
}
