package org.southsouth.system;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.southsouth.client.ApiException;
import org.southsouth.client.model.ChangeFeedItem;
import org.southsouth.client.model.ChangeFeedPage;
import org.southsouth.client.model.TombstoneReason;

/** A client's copy of one family kept only from its changes feed, read through the generated client. */
final class FeedMirror {

    /** One page of a family's feed after a cursor (null: from the start). */
    @FunctionalInterface
    interface Feed {
        ChangeFeedPage after(String cursor) throws ApiException;
    }

    private final Feed feed;
    private final Map<UUID, Object> records = new HashMap<>();
    private final Map<UUID, TombstoneReason> tombstones = new HashMap<>();
    private String cursor;

    FeedMirror(Feed feed) {
        this.feed = feed;
    }

    /** Reads pages until the feed has nothing more waiting. */
    FeedMirror catchUp() throws ApiException {
        ChangeFeedPage page;
        do {
            page = feed.after(cursor);
            for (ChangeFeedItem item : page.getItems()) {
                if (Boolean.TRUE.equals(item.getRemoved())) {
                    records.remove(item.getId());
                    tombstones.put(item.getId(), item.getReason());
                } else {
                    records.put(item.getId(), item.getRecord());
                    tombstones.remove(item.getId());
                }
            }
            cursor = page.getNextCursor();
        } while (Boolean.TRUE.equals(page.getHasMore()));
        return this;
    }

    /** The records as the feed last showed them, as JSON objects. */
    Map<UUID, Object> records() {
        return records;
    }

    /** The reason of the last tombstone received per record. */
    Map<UUID, TombstoneReason> tombstones() {
        return tombstones;
    }
}
