package org.southsouth.partner.partnership;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.southsouth.journal.HistoryEntry;
import org.southsouth.partner.journal.JournalTexts;
import org.southsouth.partner.journal.PartnerJournal;
import org.southsouth.partner.rest.RecordJournalReads;
import org.southsouth.rest.Page;

/** A partnership's history, under the partnership's own rule: another organization's DRAFT does not exist. */
@Path("/api/v1/partnerships/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class PartnershipHistoryResource {

    @Inject
    PartnershipService partnerships;

    @Inject
    RecordJournalReads journal;

    @GET
    @Operation(
            operationId = "getPartnershipHistory",
            summary = "Read a partnership's history",
            description = JournalTexts.HISTORY + " A DRAFT's history is for network staff and the parties only.")
    @APIResponse(responseCode = "200", description = "One page of the history, newest change first")
    @APIResponse(responseCode = "400", description = JournalTexts.BAD_PAGING)
    @APIResponse(
            responseCode = "404",
            description = "No partnership with this id, or a DRAFT the caller is not party to")
    public Page<HistoryEntry> history(
            @PathParam("id") UUID id,
            @Parameter(description = JournalTexts.PAGE) @QueryParam("page") String page,
            @Parameter(description = JournalTexts.SIZE) @QueryParam("size") String size) {
        partnerships.get(id);
        return journal.history(PartnerJournal.PARTNERSHIP, id, page, size);
    }
}
