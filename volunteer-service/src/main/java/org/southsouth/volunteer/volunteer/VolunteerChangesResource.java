package org.southsouth.volunteer.volunteer;

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

@Path("/api/v1/volunteers/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerChangesResource {

    @Inject
    ChangeFeeds feeds;

    @Inject
    CallerAccess access;

    @GET
    @Operation(
            operationId = "listVolunteerChanges",
            summary = "Changes feed of volunteers",
            description = "Mirror volunteers with it: start without a cursor (every volunteer the caller may read),"
                    + " then poll with the page's nextCursor. Items come in commit order, one per record, each as"
                    + " its single GET shows it; a tombstone (removed, reason) tells the mirror to drop a record: "
                    + "erased when the volunteer was erased (the list keeps it as an anonymous record with status"
                    + " ERASED),"
                    + " out-of-scope when the caller may no longer read it. A caller sees what its single GETs show"
                    + " (network staff, its home organization, the volunteer itself)."
                    + " updatedSince on the list stays for compatibility but shows no removals.")
    @APIResponse(responseCode = "200", description = "Changed records and tombstones, and the cursor to go on with")
    @APIResponse(responseCode = "403", description = "A reporter: no feed about people")
    public ChangeFeedPage changes(@Valid @BeanParam ChangeFeedParameters parameters) {
        return feeds.page(JournalFamily.VOLUNTEER, access.records(), parameters);
    }
}
