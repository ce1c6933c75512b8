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

/** A contact's history: personal data, so only for network staff and the contact's own organization. */
@Path("/api/v1/organizations/{organizationId}/contacts/{contactId}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organization contacts")
public class ContactHistoryResource {

    @Inject
    ContactService contacts;

    @Inject
    RecordJournalReads journal;

    @GET
    @Operation(
            operationId = "getContactHistory",
            summary = "Read a contact's history",
            description = JournalTexts.HISTORY + " A deleted contact has no history left to read (404).")
    @APIResponse(responseCode = "200", description = "One page of the history, newest change first")
    @APIResponse(responseCode = "400", description = JournalTexts.BAD_PAGING)
    @APIResponse(responseCode = "403", description = "The caller is neither network staff nor this organization")
    @APIResponse(responseCode = "404", description = "No such contact at this organization (or deleted)")
    public Page<HistoryEntry> history(
            @PathParam("organizationId") UUID organizationId,
            @PathParam("contactId") UUID contactId,
            @Parameter(description = JournalTexts.PAGE) @QueryParam("page") String page,
            @Parameter(description = JournalTexts.SIZE) @QueryParam("size") String size) {
        contacts.get(organizationId, contactId);
        return journal.history(PartnerJournal.CONTACT, contactId, page, size);
    }
}
