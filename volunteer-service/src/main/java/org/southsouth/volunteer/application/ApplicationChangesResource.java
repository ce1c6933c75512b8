package org.southsouth.volunteer.application;

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
import org.southsouth.journal.ChangeFeedPage;
import org.southsouth.journal.ChangeFeedParameters;
import org.southsouth.volunteer.access.CallerAccess;
import org.southsouth.volunteer.journal.ChangeFeeds;
import org.southsouth.volunteer.journal.JournalFamily;

@Path("/api/v1/applications/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationChangesResource {

    @Inject
    ChangeFeeds feeds;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "listApplicationChanges",
            summary = "Changes feed of applications",
            description = "Mirror applications with it: start without a cursor (every application the caller may"
                    + " read), then poll with the page's nextCursor. Items come in commit order, one per record, each"
                    + " as its single GET shows it (an erased volunteer's applications come again with the motivation"
                    + " erased); a tombstone (removed, reason) tells the mirror to drop a record: out-of-scope when the"
                    + " caller may no longer read it (the volunteer moved to another home organization, or the"
                    + " opportunity to another host). A caller sees what its single GETs show (network staff, the"
                    + " volunteer, its home organization, the partner that nominated it, the opportunity's host; not"
                    + " reporters). Applications are never deleted.")
    @APIResponse(responseCode = "200", description = "Changed records and tombstones, and the cursor to go on with")
    @APIResponse(responseCode = "403", description = "A reporter: no feed about people")
    public ChangeFeedPage changes(@Valid @BeanParam ChangeFeedParameters parameters) {
        return feeds.page(JournalFamily.APPLICATION, access.records(), parameters);
    }
}
