package org.southsouth.journal;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a changes feed and the cursor to ask for the next one with. */
@Schema(name = "ChangeFeedPage", description = "Changed records and tombstones in commit order, and the next cursor")
public record ChangeFeedPage(
        @Schema(required = true) List<ChangeFeedItem> items,

        @Schema(
                required = true,
                description = "Opaque: pass it as `cursor` to read what changed after this page."
                        + " Keep it even when the page is empty.")
        String nextCursor,

        @Schema(description = "True when more changes are already waiting: ask again at once")
        boolean hasMore) {}
