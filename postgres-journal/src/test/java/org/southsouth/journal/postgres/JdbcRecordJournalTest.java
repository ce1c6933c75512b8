package org.southsouth.journal.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.southsouth.contracts.EventOrigin;
import org.southsouth.embedded.EmbeddedPostgresServer;
import org.southsouth.journal.ChangeCursor;
import org.southsouth.journal.ChangeFeedItem;
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.journal.ChangeKind;
import org.southsouth.journal.ExpiredCursorException;
import org.southsouth.journal.FieldChange;
import org.southsouth.journal.HistoryEntry;
import org.southsouth.journal.JournalChange;
import org.southsouth.journal.JournalChanges;
import org.southsouth.journal.TombstoneReason;

class JdbcRecordJournalTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventOrigin PARTNER = new EventOrigin("partner-a", "partner", "org-a", null, "req-1", null);
    private static final Set<String> FAMILY = Set.of("organization");
    /** A caller that may read records whose visibility is PUBLIC, all their fields but "notes". */
    private static final Function<JsonNode, Optional<?>> PUBLIC_ONLY =
            state -> "PUBLIC".equals(state.path("visibility").asText()) ? Optional.of(state) : Optional.empty();

    private static EmbeddedPostgresServer postgres;
    private DataSource dataSource;
    private JdbcRecordJournal journal;

    @BeforeAll
    static void start() {
        postgres = EmbeddedPostgresServer.start(0, null);
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @BeforeEach
    void freshDatabase() throws Exception {
        dataSource = JournalDatabase.create(postgres);
        journal = new JdbcRecordJournal(dataSource);
    }

    @Test
    void historyIsNewestFirstAndEachEntrySaysWhoChangedWhatFromWhatTo() {
        UUID id = UUID.randomUUID();
        journal.record("organization", id, ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);
        journal.record("organization", id, ChangeKind.WRITTEN, state("ACTIVE", "PUBLIC", 2), EventOrigin.NONE);

        JournalHistory history = journal.history("organization", id, 0, 10);

        assertEquals(2, history.total());
        HistoryEntry newest = history.entries().get(0).toHistoryEntry(field -> true);
        assertEquals(List.of(new FieldChange("status", text("DRAFT"), text("ACTIVE"))), newest.changes());
        assertNull(newest.actor().clientId());
        HistoryEntry first = history.entries().get(1).toHistoryEntry(field -> !field.equals("notes"));
        assertEquals("partner-a", first.actor().clientId());
        assertEquals("org-a", first.actor().organizationId());
        assertEquals("req-1", first.requestId());
        assertEquals(
                List.of("status", "visibility"),
                first.changes().stream().map(FieldChange::field).toList());
        assertEquals(1, journal.history("organization", id, 1, 1).entries().size());
    }

    @Test
    void theFeedGivesEachChangedRecordOnceWithItsLatestStateAndPagesOnWithItsCursor() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        journal.record("organization", first, ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);
        journal.record("organization", second, ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);
        journal.record("organization", first, ChangeKind.WRITTEN, state("ACTIVE", "PUBLIC", 2), PARTNER);
        journal.record("partnership", UUID.randomUUID(), ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);

        JournalChanges page = journal.changes(FAMILY, ChangeCursor.START, 2);
        assertEquals(List.of(first, second), ids(page));
        assertEquals("ACTIVE", page.changes().get(0).state().path("status").asText());
        assertTrue(page.hasMore());

        JournalChanges rest = journal.changes(FAMILY, page.next(), 2);
        assertEquals(List.of(first), ids(rest));
        assertFalse(rest.hasMore());

        JournalChanges nothingNew = journal.changes(FAMILY, rest.next(), 2);
        assertEquals(List.of(), nothingNew.changes());
        assertEquals(rest.next(), nothingNew.next());
        assertEquals(
                3,
                journal.changes(Set.of("organization", "partnership"), ChangeCursor.START, 10)
                        .changes()
                        .size());
    }

    @Test
    void aTransactionStillRunningHoldsBackEveryLaterEntrySoALateCommitIsNeverSkipped() throws Exception {
        UUID late = UUID.randomUUID();
        UUID early = UUID.randomUUID();
        try (Connection open = dataSource.getConnection()) {
            open.setAutoCommit(false);
            new JdbcRecordJournal(onConnection(open))
                    .record("organization", late, ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);
            journal.record("organization", early, ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);

            JournalChanges whileOpen = journal.changes(FAMILY, ChangeCursor.START, 10);
            assertEquals(List.of(), whileOpen.changes());
            assertEquals(ChangeCursor.START, whileOpen.next());
            open.commit();
        }
        assertEquals(List.of(late, early), ids(journal.changes(FAMILY, ChangeCursor.START, 10)));
    }

    @Test
    void anEntryRollsBackWithTheChangeItRecords() throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection change = dataSource.getConnection()) {
            change.setAutoCommit(false);
            new JdbcRecordJournal(onConnection(change))
                    .record("organization", id, ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);
            change.rollback();
        }
        assertEquals(0, journal.history("organization", id, 0, 10).total());
        assertEquals(List.of(), journal.changes(FAMILY, ChangeCursor.START, 10).changes());
    }

    @Test
    void aRecordTheCallerCouldReadBecomesATombstoneAndOneItNeverSawIsLeftOut() {
        UUID deleted = UUID.randomUUID();
        UUID hidden = UUID.randomUUID();
        UUID neverSeen = UUID.randomUUID();
        UUID created = UUID.randomUUID();
        journal.record("organization", deleted, ChangeKind.WRITTEN, state("ACTIVE", "PUBLIC", 1), PARTNER);
        journal.record("organization", hidden, ChangeKind.WRITTEN, state("ACTIVE", "PUBLIC", 1), PARTNER);
        journal.record("organization", neverSeen, ChangeKind.WRITTEN, state("ACTIVE", "PRIVATE", 1), PARTNER);
        ChangeCursor mirrored = journal.changes(FAMILY, ChangeCursor.START, 10).next();

        journal.record("organization", deleted, ChangeKind.DELETED, null, PARTNER);
        journal.record("organization", hidden, ChangeKind.WRITTEN, state("ACTIVE", "PRIVATE", 2), PARTNER);
        journal.record("organization", neverSeen, ChangeKind.DELETED, null, PARTNER);
        journal.record("organization", created, ChangeKind.WRITTEN, state("ACTIVE", "PUBLIC", 1), PARTNER);

        ChangeFeedPage page = journal.changes(FAMILY, mirrored, 10).toPage(PUBLIC_ONLY);
        assertEquals(
                List.of(deleted, hidden, created),
                page.items().stream().map(ChangeFeedItem::id).toList());
        assertEquals(TombstoneReason.DELETED, page.items().get(0).reason());
        assertEquals(TombstoneReason.OUT_OF_SCOPE, page.items().get(1).reason());
        assertFalse(page.items().get(2).removed());

        ChangeFeedPage fromStart =
                journal.changes(FAMILY, ChangeCursor.START, 10).toPage(PUBLIC_ONLY);
        assertEquals(
                List.of(created),
                fromStart.items().stream().map(ChangeFeedItem::id).toList());
    }

    @Test
    void redactionRewritesTheRecordsStatesAndTheStatesThatMentionItButKeepsTheEntries() {
        UUID volunteer = UUID.randomUUID();
        UUID hours = UUID.randomUUID();
        journal.record("volunteer", volunteer, ChangeKind.WRITTEN, person(volunteer, "Amina"), PARTNER);
        journal.record("volunteer", volunteer, ChangeKind.WRITTEN, person(volunteer, "Amina Juma"), PARTNER);
        journal.record("service-hours", hours, ChangeKind.WRITTEN, person(volunteer, "Amina Juma"), PARTNER);
        journal.record(
                "service-hours", UUID.randomUUID(), ChangeKind.WRITTEN, person(UUID.randomUUID(), "Kofi"), PARTNER);

        assertEquals(2, journal.redactRecord("volunteer", volunteer, JdbcRecordJournalTest::blankName));
        ObjectNode mention = JSON.createObjectNode().put("volunteerId", volunteer.toString());
        assertEquals(1, journal.redactMentions("service-hours", mention, JdbcRecordJournalTest::blankName));

        JournalHistory history = journal.history("volunteer", volunteer, 0, 10);
        assertEquals(2, history.total());
        history.entries()
                .forEach(entry -> assertEquals("", entry.state().path("name").asText()));
        assertEquals(
                "",
                journal.history("service-hours", hours, 0, 10)
                        .entries()
                        .get(0)
                        .state()
                        .path("name")
                        .asText());
    }

    @Test
    void retentionKeepsEachLiveRecordsLatestStateAndACursorItOvertookHasExpired() {
        UUID live = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        journal.record("organization", live, ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);
        journal.record("organization", deleted, ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);
        ChangeCursor old = journal.changes(FAMILY, ChangeCursor.START, 1).next();
        journal.record("organization", live, ChangeKind.WRITTEN, state("ACTIVE", "PUBLIC", 2), PARTNER);
        journal.record("organization", deleted, ChangeKind.DELETED, null, PARTNER);
        journal.record("organization", later, ChangeKind.WRITTEN, state("DRAFT", "PUBLIC", 1), PARTNER);
        JournalDatabase.execute(dataSource, "UPDATE record_journal SET recorded_at = now() - interval '40 days'");

        assertEquals(0, journal.prune(Optional.empty(), Duration.ofDays(60)));
        assertEquals(3, journal.prune(Optional.of(Duration.ofDays(30)), Duration.ofDays(30)));

        assertEquals(1, journal.history("organization", live, 0, 10).total());
        assertThrows(ExpiredCursorException.class, () -> journal.changes(FAMILY, old, 10));
        JournalChanges resync = journal.changes(FAMILY, ChangeCursor.START, 1);
        assertEquals(List.of(live), ids(resync));
        assertEquals("ACTIVE", resync.changes().get(0).state().path("status").asText());
        JournalChanges resyncGoesOn = journal.changes(FAMILY, resync.next(), 1);
        assertEquals(List.of(later), ids(resyncGoesOn));
        assertEquals(List.of(), journal.changes(FAMILY, resyncGoesOn.next(), 10).changes());
    }

    private static List<UUID> ids(JournalChanges changes) {
        return changes.changes().stream().map(JournalChange::recordId).toList();
    }

    private static JsonNode state(String status, String visibility, int version) {
        return JSON.createObjectNode()
                .put("status", status)
                .put("visibility", visibility)
                .put("notes", "internal")
                .put("version", version);
    }

    private static JsonNode person(UUID volunteer, String name) {
        return JSON.createObjectNode().put("volunteerId", volunteer.toString()).put("name", name);
    }

    private static JsonNode blankName(JsonNode state) {
        return ((ObjectNode) state.deepCopy()).put("name", "");
    }

    private static JsonNode text(String value) {
        return JSON.getNodeFactory().textNode(value);
    }

    /** A data source that hands out one open connection, as a service's transactional data source does. */
    private static DataSource onConnection(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
