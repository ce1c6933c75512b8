package org.southsouth.events.event;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.events.journal.JournalAccess;
import org.southsouth.events.journal.JournalFamily;
import org.southsouth.events.journal.JournalParameters;
import org.southsouth.events.journal.RecordChangeFeed;
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.journal.ChangeFeedParameters;

/** The events feed: drafts only to their host and staff. */
@Path("/api/v1/events/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventChangesResource {

    @Inject
    RecordChangeFeed feed;

    @Inject
    JournalAccess access;

    @GET
    @Operation(
            operationId = "listEventChanges",
            summary = "Read what changed in events",
            description = JournalParameters.FEED)
    @APIResponse(responseCode = "200", description = "Changed events and tombstones, and the cursor to read on from")
    public ChangeFeedPage changes(@Valid @BeanParam ChangeFeedParameters parameters) {
        return feed.page(JournalFamily.EVENT, parameters, access.readable(JournalFamily.EVENT));
    }
}
