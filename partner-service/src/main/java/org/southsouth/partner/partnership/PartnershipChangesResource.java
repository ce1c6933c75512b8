package org.southsouth.partner.partnership;

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
import org.southsouth.partner.journal.JournalReaders;
import org.southsouth.partner.journal.JournalTexts;
import org.southsouth.partner.journal.PartnerJournal;
import org.southsouth.partner.rest.RecordJournalReads;

/** The partnerships feed, under the partnership rule: another organization's DRAFT stays out. */
@Path("/api/v1/partnerships/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
public class PartnershipChangesResource {

    @Inject
    RecordJournalReads journal;

    @Inject
    JournalReaders readers;

    @GET
    @Operation(
            operationId = "listPartnershipChanges",
            summary = "Read what changed in partnerships",
            description = JournalTexts.FEED
                    + " A DRAFT shows only to network staff and its parties; a party taken off a DRAFT"
                    + " gets it as an out-of-scope tombstone.")
    @APIResponse(responseCode = "200", description = "Changed records and tombstones, and the cursor to read on from")
    public ChangeFeedPage changes(@Valid @BeanParam ChangeFeedParameters parameters) {
        return journal.changes(PartnerJournal.PARTNERSHIP, parameters, readers.partnerships());
    }
}
