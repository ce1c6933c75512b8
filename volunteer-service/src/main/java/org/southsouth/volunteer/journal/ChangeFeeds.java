package org.southsouth.volunteer.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.southsouth.failure.ExpiredCursor;
import org.southsouth.journal.ChangeCursor;
import org.southsouth.journal.ChangeFeedItem;
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.journal.ChangeFeedParameters;
import org.southsouth.journal.ChangeKind;
import org.southsouth.journal.ExpiredCursorException;
import org.southsouth.journal.JournalChange;
import org.southsouth.journal.JournalChanges;
import org.southsouth.journal.postgres.JdbcRecordJournal;
import org.southsouth.volunteer.access.AccessScope;

/**
 * The changes feed of a family as one caller may mirror it: each changed record it may read now as its single GET
 * shows it; a tombstone for one it could read at the cursor but no longer can; nothing about one it could read
 * neither then nor now, and no tombstones at all for a caller starting without a cursor.
 */
@ApplicationScoped
public class ChangeFeeds {

    @Inject
    JdbcRecordJournal journal;

    @Inject
    ReachingOrganizations organizations;

    public ChangeFeedPage page(JournalFamily family, AccessScope scope, ChangeFeedParameters parameters) {
        ChangeCursor cursor = parameters.cursor();
        JournalChanges changes = read(family, cursor, parameters.limit());
        boolean partner = scope.organizationId() != null;
        Map<UUID, UUID> homesNow = partner ? organizations.homes(named(changes, "volunteerId")) : Map.of();
        Map<UUID, UUID> hostsNow = partner ? organizations.hosts(named(changes, "opportunityId")) : Map.of();
        Map<UUID, UUID> homesThen = new HashMap<>();
        Map<UUID, UUID> hostsThen = new HashMap<>();
        StateReaders now = new StateReaders(scope, homesNow::get, hostsNow::get);
        StateReaders then = new StateReaders(
                scope,
                id -> homesThen.computeIfAbsent(id, v -> organizations.homeAt(v, cursor)),
                id -> hostsThen.computeIfAbsent(id, o -> organizations.hostAt(o, cursor)));
        List<ChangeFeedItem> items = new ArrayList<>();
        for (JournalChange change : changes.changes()) {
            item(family, change, now, then, changes.fromStart()).ifPresent(items::add);
        }
        return new ChangeFeedPage(items, changes.next().encode(), changes.hasMore());
    }

    private static Optional<ChangeFeedItem> item(
            JournalFamily family, JournalChange change, StateReaders now, StateReaders then, boolean fromStart) {
        boolean gone = change.kind() != ChangeKind.WRITTEN;
        if (!gone && now.readable(family, change.state())) {
            return Optional.of(ChangeFeedItem.current(change.recordId(), change.changedAt(), change.state()));
        }
        if (!fromStart && change.stateAtCursor() != null && then.readable(family, change.stateAtCursor())) {
            return Optional.of(ChangeFeedItem.tombstone(
                    change.recordId(), change.changedAt(), change.kind().tombstoneReason()));
        }
        return Optional.empty();
    }

    private JournalChanges read(JournalFamily family, ChangeCursor cursor, int limit) {
        try {
            return journal.changes(List.of(family.key()), cursor, limit);
        } catch (ExpiredCursorException e) {
            throw new ExpiredCursor(e.getMessage());
        }
    }

    /** The ids the page's states name in {@code field}; none for a family whose records have no such field. */
    private static Set<UUID> named(JournalChanges changes, String field) {
        return changes.changes().stream()
                .map(JournalChange::state)
                .filter(state -> state != null && state.hasNonNull(field))
                .map(state -> UUID.fromString(state.get(field).asText()))
                .collect(Collectors.toSet());
    }
}
