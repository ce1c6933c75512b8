package org.southsouth.partner.organization;

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

/** An organization's history, to every caller who may read the organization. */
@Path("/api/v1/organizations/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationHistoryResource {

    @Inject
    OrganizationService organizations;

    @Inject
    RecordJournalReads journal;

    @GET
    @Operation(
            operationId = "getOrganizationHistory",
            summary = "Read an organization's history",
            description = JournalTexts.HISTORY)
    @APIResponse(responseCode = "200", description = "One page of the history, newest change first")
    @APIResponse(responseCode = "400", description = JournalTexts.BAD_PAGING)
    @APIResponse(responseCode = "404", description = "No organization with this id")
    public Page<HistoryEntry> history(
            @PathParam("id") UUID id,
            @Parameter(description = JournalTexts.PAGE) @QueryParam("page") String page,
            @Parameter(description = JournalTexts.SIZE) @QueryParam("size") String size) {
        organizations.get(id);
        return journal.history(PartnerJournal.ORGANIZATION, id, page, size);
    }
}
